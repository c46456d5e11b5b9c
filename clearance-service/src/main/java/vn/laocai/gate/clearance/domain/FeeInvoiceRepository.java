package vn.laocai.gate.clearance.domain;

import java.util.Optional;
import java.util.UUID;

/** The e-invoices of fee payments (table {@code fee_invoice}). */
public interface FeeInvoiceRepository {

    void add(FeeInvoice invoice);

    /** The invoice of the declaration's latest payment. */
    Optional<FeeInvoice> latest(UUID declarationId);

    boolean exists(String paymentReference);
}
