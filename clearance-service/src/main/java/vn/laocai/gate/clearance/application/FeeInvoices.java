package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.domain.FeeInvoice;
import vn.laocai.gate.clearance.domain.FeeInvoiceRepository;
import vn.laocai.gate.clearance.domain.InvoiceCheck;
import vn.laocai.gate.clearance.domain.InvoiceVerifier;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The fee's e-invoices: each one the payment provider issues is checked on receipt and kept with what the check found,
 * in the payment's transaction. One whose signature does not hold is kept all the same and flagged (the fee is paid; the
 * trader and the fee officers see that the invoice does not verify and ask the provider for a correct one), never
 * silently dropped. A kept invoice is checked again from its stored XML.
 */
@ApplicationScoped
public class FeeInvoices {

    private static final Logger LOG = Logger.getLogger(FeeInvoices.class);

    private final FeeInvoiceRepository invoices;
    private final InvoiceVerifier verifier;
    private final Clock clock;

    public FeeInvoices(FeeInvoiceRepository invoices, InvoiceVerifier verifier, Clock clock) {
        this.invoices = invoices;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** Keeps the e-invoice of a receipt (once per payment reference), checked. */
    void receive(UUID declarationId, PaymentProvider.Receipt receipt) {
        if (receipt.invoiceXml() == null || receipt.invoiceXml().isBlank() || invoices.exists(receipt.paymentReference())) {
            return;
        }
        InvoiceCheck check = verifier.check(receipt.invoiceXml());
        if (!check.valid()) {
            LOG.warnf("E-invoice %s of payment %s (declaration %s) kept flagged %s: %s", receipt.invoiceNumber(),
                    receipt.paymentReference(), declarationId, check.status(), check.problem());
        }
        invoices.add(new FeeInvoice(declarationId, receipt.paymentReference(), receipt.invoiceNumber(), receipt.invoiceXml(), check,
                Instant.now(clock)));
    }

    /** The e-invoice of the declaration's latest payment. */
    public Optional<FeeInvoice> latest(UUID declarationId) {
        return invoices.latest(declarationId);
    }

    /** The check of a kept invoice, from its stored XML. */
    public InvoiceCheck verify(FeeInvoice invoice) {
        return verifier.check(invoice.xml());
    }
}
