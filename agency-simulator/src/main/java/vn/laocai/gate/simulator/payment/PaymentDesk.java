package vn.laocai.gate.simulator.payment;

import jakarta.enterprise.context.ApplicationScoped;

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
 * again returns its first receipt, so a retry never charges twice. Held in memory.
 */
@ApplicationScoped
public class PaymentDesk {

    private final Map<String, Receipt> byOrder = new ConcurrentHashMap<>();
    private final Map<String, Receipt> byReference = new ConcurrentHashMap<>();
    private final AtomicLong invoices = new AtomicLong();
    private final Clock clock;

    public PaymentDesk() {
        this(Clock.systemUTC());
    }

    PaymentDesk(Clock clock) {
        this.clock = clock;
    }

    /** A charge: {@code orderId} is the payer's idempotency key. */
    public record Order(String orderId, String payerTaxCode, String payerName, long amountVnd, String description) {
    }

    /** The provider's receipt. */
    public record Receipt(String paymentReference, String invoiceNumber, String orderId, long amountVnd, Instant paidAt,
                          String status) {
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
            made[0] = new Receipt("PAY-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(),
                    "1C" + year + "TLC-" + String.format("%08d", invoices.incrementAndGet()), id, order.amountVnd(), now, "PAID");
            return made[0];
        });
        byReference.put(receipt.paymentReference(), receipt);
        return new Charge(receipt, made[0] != null);
    }

    public Optional<Receipt> find(String paymentReference) {
        return Optional.ofNullable(byReference.get(paymentReference));
    }
}
