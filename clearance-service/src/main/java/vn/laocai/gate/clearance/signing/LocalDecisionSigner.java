package vn.laocai.gate.clearance.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import vn.laocai.gate.clearance.application.DecisionSignature;
import vn.laocai.gate.clearance.application.DecisionSigner;
import vn.laocai.gate.clearance.application.SignatureCheck;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.CanonicalDecision;
import vn.laocai.gate.devpki.DevCertificateAuthority;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The development signer of officers' decisions: a key and a certificate per officer ({@code CN=<officer>}, one year),
 * issued on first use by the development CA ({@link DevCertificateAuthority}, module dev-pki) of
 * {@code gate.clearance.signing.ca-directory} and held in memory (another instance,
 * or a restart, issues another; every decision keeps the certificate it was signed with, so each still verifies).
 * Signatures are detached compact JWS (ES256) over the canonical JSON, the header naming the certificate by its
 * SHA-256 thumbprint ({@code x5t#S256}). The check trusts exactly this authority.
 */
@ApplicationScoped
public class LocalDecisionSigner implements DecisionSigner {

    /** The organisation in the development CA's name and in the officers' certificates. */
    static final String ORGANISATION = "Kim Thanh border gate (development CA, not for production)";
    private static final Duration OFFICER_LIFETIME = Duration.ofDays(365);

    private final Path caDirectory;
    private final ConcurrentMap<String, DevCertificateAuthority.Issued> officers = new ConcurrentHashMap<>();

    LocalDecisionSigner(Path caDirectory) {
        this.caDirectory = caDirectory;
    }

    @Inject
    public LocalDecisionSigner(ClearanceConfig config) {
        this(config.signing().caDirectory());
    }

    @Override
    public DecisionSignature sign(CanonicalDecision decision) {
        DevCertificateAuthority.Issued officer = officers.computeIfAbsent(decision.officer(), name -> authority(caDirectory)
                .issue(DevCertificateAuthority.name(ORGANISATION, name), Instant.now().minus(Duration.ofMinutes(10)), OFFICER_LIFETIME));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(decision.json());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setX509CertSha256ThumbprintHeaderValue(officer.certificate());
        jws.setKey(officer.key());
        try {
            return new DecisionSignature(jws.getDetachedContentCompactSerialization(),
                    DevCertificateAuthority.pem("CERTIFICATE", officer.certificate().getEncoded()));
        } catch (JoseException | CertificateException e) {
            throw new IllegalStateException("cannot sign the decision of " + decision.officer(), e);
        }
    }

    @Override
    public SignatureCheck verify(CanonicalDecision decision, DecisionSignature signature) {
        X509Certificate certificate;
        try {
            certificate = DevCertificateAuthority.certificate(signature.certificatePem());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return SignatureCheck.invalid(null, null, "the signer's certificate cannot be read");
        }
        String signer = certificate.getSubjectX500Principal().getName();
        String issuer = certificate.getIssuerX500Principal().getName();
        try {
            certificate.verify(authority(caDirectory).certificate().getPublicKey());
        } catch (GeneralSecurityException e) {
            return SignatureCheck.invalid(signer, issuer, "the certificate was not issued by the trusted authority");
        }
        try {
            certificate.checkValidity(Date.from(decision.time()));
        } catch (CertificateException e) {
            return SignatureCheck.invalid(signer, issuer, "the certificate was not valid at the decision's time");
        }
        if (!decision.officer().equals(commonName(certificate))) {
            return SignatureCheck.invalid(signer, issuer, "the certificate is not the deciding officer's");
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
            jws.setCompactSerialization(signature.jws());
            jws.setPayload(decision.json());
            jws.setKey(certificate.getPublicKey());
            return jws.verifySignature() ? SignatureCheck.valid(signer, issuer)
                    : SignatureCheck.invalid(signer, issuer, "the signature does not match the decision");
        } catch (JoseException e) {
            return SignatureCheck.invalid(signer, issuer, "the signature is no detached ES256 JWS");
        }
    }

    private static String commonName(X509Certificate certificate) {
        RDN[] cn = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return cn.length == 0 ? null : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    /** The development CA kept in {@code directory}, shared by the platform's local signers. */
    static DevCertificateAuthority authority(Path directory) {
        return DevCertificateAuthority.at(directory, DevCertificateAuthority.name(ORGANISATION, "Kim Thanh officers' development CA"));
    }
}
