package vn.laocai.gate.simulator.issuing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.bouncycastle.asn1.x500.X500Name;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laocai.gate.devpki.DevCertificateAuthority;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulated issuers' CA kept in {@code simulator.issuers.ca-directory}, and the e-invoices and certificates signed
 * under it. The CA is the development CA of dev-pki: the one behind every document the simulator signs (the e-C/O and
 * e-Phyto PDFs of its agencies, the e-invoices of its seller, the tax authority's code on them), made once in its folder
 * ({@code <GATE_HOME>/identity/document-issuers-ca}) and kept, so that clearance-service's trust list
 * ({@code gate.clearance.documents.trust-list}) names its {@code ca-certificate.pem}. Real documents are signed under
 * the agencies' and the seller's licensed CAs.
 */
@ApplicationScoped
public class IssuingBeans {

    private static final Duration SIGNER_LIFETIME = Duration.ofDays(730);

    @Produces
    @Singleton
    DevCertificateAuthority authority(@ConfigProperty(name = "simulator.issuers.ca-directory") Path directory) {
        return authorityAt(directory);
    }

    @Produces
    @Singleton
    EInvoiceIssuer invoices(DevCertificateAuthority authority) {
        return new EInvoiceIssuer(authority);
    }

    @Produces
    @Singleton
    CertificatePdfs certificates(DevCertificateAuthority authority) {
        return new CertificatePdfs(authority);
    }

    /** The simulated issuers' CA kept in {@code directory}, made there on first use. */
    public static DevCertificateAuthority authorityAt(Path directory) {
        return DevCertificateAuthority.at(directory,
                DevCertificateAuthority.name("Agency simulator - development CA not for production", "Simulated issuers' CA"));
    }

    /**
     * A new key for {@code subject} (an X.500 name, most significant part first: {@code C=VN,O=...,CN=...}) and its chain;
     * valid from a day ago, so that an invoice dated earlier today chains at its date, for two years.
     */
    static DevCertificateAuthority.Issued signer(DevCertificateAuthority authority, String subject) {
        return authority.issue(new X500Name(subject), Instant.now().minus(Duration.ofDays(1)), SIGNER_LIFETIME);
    }
}
