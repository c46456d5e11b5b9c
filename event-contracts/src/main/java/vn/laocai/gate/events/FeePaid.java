package vn.laocai.gate.events;

import java.time.Instant;

/** The fee was paid cashless through the payment provider, with its payment reference and e-invoice number. */
public record FeePaid(
        String declarationId,
        long amountVnd,
        String paymentReference,
        String invoiceNumber,
        String paidBy,
        Instant paidAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
