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
    private final AtomicLong invoices = new AtomicLong();
    private final Clock clock;
    private final JsonLines journal;
    private final EInvoiceIssuer invoicing;

    /** The journal's file name in the simulator's store. */
    public static final String JOURNAL = "payments.jsonl";

    @Inject
    public PaymentDesk(Journals journals, EInvoiceIssuer invoicing) {
        this(Clock.systemUTC(), journals.named(JOURNAL), invoicing);
    }

    PaymentDesk(Clock clock) {
        this(clock, JsonLines.none(), null);
    }

    /** A desk that keeps its receipts in {@code journal}, taking back those written before; without {@code invoicing} no XML. */
    PaymentDesk(Clock clock, JsonLines journal, EInvoiceIssuer invoicing) {
        this.clock = clock;
        this.journal = journal;
        this.invoicing = invoicing;
        for (Receipt receipt : journal.replay(Receipt.class)) {
            byOrder.putIfAbsent(receipt.orderId(), receipt);
            byReference.put(receipt.paymentReference(), receipt);
            invoices.accumulateAndGet(serial(receipt.invoiceNumber()), Math::max);
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
}
