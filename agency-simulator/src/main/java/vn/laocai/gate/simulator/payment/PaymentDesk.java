package vn.laocai.gate.simulator.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.laocai.gate.simulator.issuing.EInvoiceIssuer;
import vn.laocai.gate.simulator.store.JsonLines;
import vn.laocai.gate.simulator.store.Journals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated cashless payment and e-invoice provider: it charges an order at once and issues an
 * e-invoice number in the Vietnamese form (template symbol, then an 8-digit number). An order paid
 * again returns its first receipt, so a retry never charges twice. Every receipt is written to the
 * journal {@value #JOURNAL} ({@link Journals}) before it is answered and read back at start, so a
 * restart neither forgets a payment nor charges its order again, and invoice numbers go on from the last. The receipt
 * carries the e-invoice itself, its XML signed by the seller and the tax authority ({@link EInvoiceIssuer}).
 */
@ApplicationScoped
public class PaymentDesk {

    private final Map<String, Receipt> byOrder = new ConcurrentHashMap<>();
    private final Map<String, Receipt> byReference = new ConcurrentHashMap<>();
    private final Map<String, Refund> refundsByKey = new ConcurrentHashMap<>();
    private final Map<String, Refund> refundsByReference = new ConcurrentHashMap<>();
    private final AtomicLong invoices = new AtomicLong();
    private final Clock clock;
    private final JsonLines journal;
    private final JsonLines refundJournal;
    private final EInvoiceIssuer invoicing;

    /** The journal's file name in the simulator's store. */
    public static final String JOURNAL = "payments.jsonl";
    /** The refunds' journal file name in the simulator's store. */
    public static final String REFUNDS_JOURNAL = "refunds.jsonl";

    @Inject
    public PaymentDesk(Journals journals, EInvoiceIssuer invoicing) {
        this(Clock.systemUTC(), journals.named(JOURNAL), journals.named(REFUNDS_JOURNAL), invoicing);
    }

    PaymentDesk(Clock clock) {
        this(clock, JsonLines.none(), null);
    }

    /** A desk that keeps its receipts in {@code journal} and its refunds nowhere. */
    PaymentDesk(Clock clock, JsonLines journal, EInvoiceIssuer invoicing) {
        this(clock, journal, JsonLines.none(), invoicing);
    }

    /**
     * A desk that keeps its receipts in {@code journal} and its refunds in {@code refundJournal}, taking back those
     * written before; without {@code invoicing} no XML.
     */
    PaymentDesk(Clock clock, JsonLines journal, JsonLines refundJournal, EInvoiceIssuer invoicing) {
        this.clock = clock;
        this.journal = journal;
        this.refundJournal = refundJournal;
        this.invoicing = invoicing;
        for (Receipt receipt : journal.replay(Receipt.class)) {
            byOrder.putIfAbsent(receipt.orderId(), receipt);
            byReference.put(receipt.paymentReference(), receipt);
            invoices.accumulateAndGet(serial(receipt.invoiceNumber()), Math::max);
        }
        for (Refund refund : refundJournal.replay(Refund.class)) {
            refundsByKey.putIfAbsent(key(refund.paymentReference(), refund.refundId()), refund);
            refundsByReference.put(refund.refundReference(), refund);
        }
    }

    /** The 8-digit serial at the end of an e-invoice number. */
    private static long serial(String invoiceNumber) {
        return Long.parseLong(invoiceNumber.substring(invoiceNumber.lastIndexOf('-') + 1));
    }

    /** A charge: {@code orderId} is the payer's idempotency key. */
    public record Order(String orderId, String payerTaxCode, String payerName, long amountVnd, String description) {
    }

    /** The provider's receipt; {@code invoiceXml} is the signed e-invoice (absent in receipts written before it was issued). */
    public record Receipt(String paymentReference, String invoiceNumber, String orderId, long amountVnd, Instant paidAt,
                          String status, String invoiceXml) {
    }

    /** The result of a charge: the receipt, and whether this call made it (false for a repeat). */
    public record Charge(Receipt receipt, boolean created) {
    }

    /**
     * Charges an order, or returns the receipt of the same order charged before.
     *
     * @throws IllegalArgumentException naming what is wrong with the order
     */
    public Charge pay(Order order) {
        if (order.orderId() == null || order.orderId().isBlank()) {
            throw new IllegalArgumentException("orderId: required");
        }
        if (order.amountVnd() <= 0) {
            throw new IllegalArgumentException("amountVnd: must be a positive whole number of VND");
        }
        if (order.payerTaxCode() == null || !order.payerTaxCode().matches("\\d{10}(-\\d{3})?")) {
            throw new IllegalArgumentException("payerTaxCode: must be a Vietnamese tax code of 10 digits, or 13 for a branch");
        }
        Receipt existing = byOrder.get(order.orderId());
        if (existing != null) {
            return new Charge(existing, false);
        }
        Receipt[] made = new Receipt[1];
        Receipt receipt = byOrder.computeIfAbsent(order.orderId(), id -> {
            Instant now = Instant.now(clock);
            String year = String.valueOf(now.atZone(ZoneOffset.UTC).getYear()).substring(2);
            String reference = "PAY-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            long serial = invoices.incrementAndGet();
            String xml = invoicing == null ? null : invoicing.issue(new EInvoiceIssuer.Invoice("1", "C" + year + "TLC", serial, now,
                    order.payerTaxCode(), order.payerName(), order.description(), order.amountVnd(), reference));
            made[0] = new Receipt(reference, "1C" + year + "TLC-" + String.format("%08d", serial), id, order.amountVnd(), now, "PAID", xml);
            journal.append(made[0]);
            return made[0];
        });
        byReference.put(receipt.paymentReference(), receipt);
        return new Charge(receipt, made[0] != null);
    }

    public Optional<Receipt> find(String paymentReference) {
        return Optional.ofNullable(byReference.get(paymentReference));
    }

    /** A refund asked for: {@code refundId} is the payer's idempotency key, within the payment refunded. */
    public record RefundRequest(String refundId, long amountVnd, String reason) {
    }

    /** A refund made: part or all of a payment given back. */
    public record Refund(String refundReference, String paymentReference, String refundId, long amountVnd, String reason,
                         Instant refundedAt, String status) {
    }

    /** The result of a refund: the refund, and whether this call made it (false for a repeat). */
    public record Refunding(Refund refund, boolean created) {
    }

    /** No payment has the reference given. */
    public static final class UnknownPaymentException extends RuntimeException {
        public UnknownPaymentException(String reference) {
            super("payment " + reference + " does not exist");
        }
    }

    private static String key(String paymentReference, String refundId) {
        return paymentReference + "/" + refundId;
    }

    /**
     * Gives back part or all of a payment, or returns the refund made before under the same {@code refundId}. The
     * refunds of a payment together never exceed what it charged.
     *
     * @throws UnknownPaymentException when no payment has {@code paymentReference}
     * @throws IllegalArgumentException naming what is wrong with the request
     */
    public Refunding refund(String paymentReference, RefundRequest request) {
        Receipt payment = byReference.get(paymentReference);
        if (payment == null) {
            throw new UnknownPaymentException(paymentReference);
        }
        if (request == null || request.refundId() == null || request.refundId().isBlank()) {
            throw new IllegalArgumentException("refundId: required, the idempotency key of the refund");
        }
        Refund existing = refundsByKey.get(key(paymentReference, request.refundId()));
        if (existing != null) {
            return new Refunding(existing, false);
        }
        if (request.amountVnd() <= 0) {
            throw new IllegalArgumentException("amountVnd: must be a positive whole number of VND");
        }
        synchronized (this) {
            existing = refundsByKey.get(key(paymentReference, request.refundId()));
            if (existing != null) {
                return new Refunding(existing, false);
            }
            long left = refundable(paymentReference);
            if (request.amountVnd() > left) {
                throw new IllegalArgumentException("amountVnd: " + request.amountVnd() + " is more than the " + left
                        + " VND left of payment " + paymentReference);
            }
            String reference = "RFD-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            Refund refund = new Refund(reference, paymentReference, request.refundId(), request.amountVnd(), request.reason(),
                    Instant.now(clock), "REFUNDED");
            refundJournal.append(refund);
            refundsByKey.put(key(paymentReference, request.refundId()), refund);
            refundsByReference.put(reference, refund);
            return new Refunding(refund, true);
        }
    }

    /** What is left of a payment to give back: its amount less every refund made of it. */
    public long refundable(String paymentReference) {
        Receipt payment = byReference.get(paymentReference);
        if (payment == null) {
            return 0;
        }
        long refunded = refundsByReference.values().stream().filter(r -> r.paymentReference().equals(paymentReference))
                .mapToLong(Refund::amountVnd).sum();
        return payment.amountVnd() - refunded;
    }

    /** A refund of the payment {@code paymentReference}, by its refund reference. */
    public Optional<Refund> findRefund(String paymentReference, String refundReference) {
        return Optional.ofNullable(refundsByReference.get(refundReference)).filter(r -> r.paymentReference().equals(paymentReference));
    }
}
