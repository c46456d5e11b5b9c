package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A refund of fee paid beyond a lowered reassessment, as ordered and sent to the payment provider: {@link State#PENDING}
 * until the provider confirms it, then {@link State#REFUNDED} with the provider's refund reference. Its {@code refundKey}
 * is the provider's idempotency key, so sending it again after a failure gives back nothing more.
 */
@Entity
@Table(name = "fee_refund")
public class FeeRefund {

    /** Where a refund stands. */
    public enum State { PENDING, REFUNDED }

    @Id
    private UUID id;

    @Column(name = "declaration_id", nullable = false)
    private UUID declarationId;

    @Column(name = "refund_key", nullable = false)
    private String refundKey;

    @Column(name = "payment_reference", nullable = false)
    private String paymentReference;

    @Column(name = "amount_vnd", nullable = false)
    private long amountVnd;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "provider_reference")
    private String providerReference;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected FeeRefund() {
    }

    /** A refund ordered, not sent yet. */
    public static FeeRefund ordered(UUID declarationId, String refundKey, String paymentReference, long amountVnd, String reason,
                                    Instant now) {
        FeeRefund refund = new FeeRefund();
        refund.id = UUID.randomUUID();
        refund.declarationId = declarationId;
        refund.refundKey = refundKey;
        refund.paymentReference = paymentReference;
        refund.amountVnd = amountVnd;
        refund.reason = reason;
        refund.state = State.PENDING;
        refund.orderedAt = now;
        return refund;
    }

    /** The provider could not be reached or refused: to be sent again. */
    public void failed(String error) {
        attempts++;
        lastError = error;
    }

    /**
     * The provider confirmed it.
     *
     * @return false when it was confirmed before (nothing changes)
     */
    public boolean refunded(String reference, Instant now) {
        if (state == State.REFUNDED) {
            return false;
        }
        attempts++;
        state = State.REFUNDED;
        providerReference = reference;
        refundedAt = now;
        lastError = null;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID declarationId() {
        return declarationId;
    }

    public String refundKey() {
        return refundKey;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public long amountVnd() {
        return amountVnd;
    }

    public String reason() {
        return reason;
    }

    public State state() {
        return state;
    }

    public String providerReference() {
        return providerReference;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public Instant refundedAt() {
        return refundedAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
