package vn.laocai.gate.simulator.issuing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/** The issuers' CA kept in {@code simulator.issuers.ca-directory}, and the e-invoices and certificates signed under it. */
@ApplicationScoped
public class IssuingBeans {

    @Produces
    @Singleton
    IssuingAuthority authority(@ConfigProperty(name = "simulator.issuers.ca-directory") Path directory) {
        return IssuingAuthority.loadOrCreate(directory);
    }

    @Produces
    @Singleton
    EInvoiceIssuer invoices(IssuingAuthority authority) {
        return new EInvoiceIssuer(authority);
    }

    @Produces
    @Singleton
    CertificatePdfs certificates(IssuingAuthority authority) {
        return new CertificatePdfs(authority);
    }
}
