package vn.laocai.gate.clearance.application;

import java.time.Instant;

/**
 * The cashless payment and e-invoice provider that collects the gate's fee. Paying the same order
 * again returns the same receipt, so a retried payment never charges twice.
 */
public interface PaymentProvider {

    /**
     * Charges an order and issues its e-invoice.
     *
     * @throws PaymentFailedException when the provider refuses or cannot be reached
     */
    Receipt pay(Order order);

    /**
     * Gives back part of a payment. Refunding under the same {@code refundId} again returns the same refund, so a retried
     * refund never gives back twice.
     *
     * @throws PaymentFailedException when the provider refuses or cannot be reached
     */
    Refunded refund(RefundOrder order);

    /** What to give back of the payment {@code paymentReference}: {@code refundId} is the idempotency key. */
    record RefundOrder(String paymentReference, String refundId, long amountVnd, String reason) {
    }

    /** What the provider answered to a refund: its refund reference. */
    record Refunded(String refundReference, long amountVnd, Instant refundedAt) {
    }

    /** What to charge: {@code orderId} is the idempotency key. */
    record Order(String orderId, String payerTaxCode, String payerName, long amountVnd, String description) {
    }

    /**
     * What the provider answered: its payment reference, the e-invoice number and the e-invoice itself ({@code invoiceXml},
     * Circular 78/2021's XML signed by the seller; null from a provider that sends none).
     */
    record Receipt(String paymentReference, String invoiceNumber, long amountVnd, Instant paidAt, String invoiceXml) {
    }

    /** The provider refused the payment (or refund) or could not be reached. */
    class PaymentFailedException extends RuntimeException {

        public PaymentFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
