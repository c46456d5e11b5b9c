package vn.laocai.gate.clearance.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.laocai.gate.clearance.application.DocumentSigner;
import vn.laocai.gate.clearance.application.SignatureCheck;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.devpki.DevCertificateAuthority;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The development signer of the platform's documents: the development CA ({@link DevCertificateAuthority}, module
 * dev-pki) of {@code gate.clearance.signing.ca-directory}, the officers' one, issues the platform an EC P-256 key and certificate on first use (held in
 * memory; every document carries the certificate it was signed with, so it verifies after a restart). Never for
 * production: see {@link DocumentSigner}.
 */
@ApplicationScoped
public class LocalDocumentSigner implements DocumentSigner {

    /** The name in the platform's certificate and in its signatures. */
    public static final String PLATFORM = "Kim Thanh digital border gate platform";
    private static final String LOCATION = "Kim Thanh road border gate No. 2, Lao Cai, Viet Nam";

    private final Path caDirectory;
    private volatile PdfSignatures.Signer signer;

    LocalDocumentSigner(Path caDirectory) {
        this.caDirectory = caDirectory;
    }

    @Inject
    public LocalDocumentSigner(ClearanceConfig config) {
        this(config.signing().caDirectory());
    }

    @Override
    public byte[] sign(byte[] pdf, String reason, Instant time) {
        PdfSignatures.Signer platform = signer();
        return PdfSignatures.sign(pdf, new PdfSignatures.Signer(platform.key(), platform.chain(), PLATFORM, reason, LOCATION), time);
    }

    @Override
    public SignatureCheck verify(byte[] pdf) {
        PdfSignatures.Check check = PdfSignatures.verify(pdf, authority().certificate());
        return check.valid() ? SignatureCheck.valid(check.signer(), check.issuer())
                : SignatureCheck.invalid(check.signer(), check.issuer(), check.problem());
    }

    /** The authority's certificate, the trust anchor of the platform's signatures. */
    public java.security.cert.X509Certificate authorityCertificate() {
        return authority().certificate();
    }

    private PdfSignatures.Signer signer() {
        PdfSignatures.Signer s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    DevCertificateAuthority.Issued issued = authority().issue(DevCertificateAuthority.name(LocalDecisionSigner.ORGANISATION,
                            PLATFORM), Instant.now().minus(Duration.ofMinutes(10)), Duration.ofDays(365));
                    signer = new PdfSignatures.Signer(issued.key(), issued.chain(), PLATFORM, null, LOCATION);
                }
                s = signer;
            }
        }
        return s;
    }

    private DevCertificateAuthority authority() {
        return LocalDecisionSigner.authority(caDirectory);
    }
}
