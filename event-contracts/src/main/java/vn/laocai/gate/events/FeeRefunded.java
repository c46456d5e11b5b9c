package vn.laocai.gate.events;

import java.time.Instant;

/**
 * Fee paid beyond a reassessment that lowered it was given back through the payment provider: the payment refunded,
 * the provider's refund reference and why.
 */
public record FeeRefunded(
        String declarationId,
        long amountVnd,
        String paymentReference,
        String refundReference,
        String reason,
        Instant refundedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
