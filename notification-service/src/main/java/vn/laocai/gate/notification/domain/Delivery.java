package vn.laocai.gate.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The delivery of one notice on one channel: attempted until the gateway or mail server takes it,
 * with a growing wait between attempts ({@link RetryPolicy}), and failed with the last reason after
 * the last attempt. Kept in the database, so that a restart loses no delivery.
 * <p>
 * An attempt is recorded before anything is sent ({@link #attemptStarted}, committed on its own) and its
 * outcome after ({@link #sent}, {@link #attemptFailed}); an attempt whose outcome never came (the service
 * stopped between the send and the commit) is due again once its lease ran out ({@link RetryPolicy#attemptLease}). Every attempt
 * sends under one reference, {@link #reference()}: the e-mail's {@code Message-ID} and the SMS gateway's
 * {@code clientRef}, so that a receiver that keeps one message per reference keeps one.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    /** The longest reason kept. */
    static final int MAX_REASON = 500;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private Notice notice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "provider_reference")
    private String providerReference;

    private Integer segments;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private int version;

    protected Delivery() {
    }

    static Delivery pending(Notice notice, Channel channel, String address, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.notice = notice;
        d.channel = channel;
        d.address = address;
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        return d;
    }

    static Delivery inbox(Notice notice, Instant now) {
        Delivery d = pending(notice, Channel.INBOX, notice.recipient(), now);
        d.status = DeliveryStatus.DELIVERED;
        d.nextAttemptAt = null;
        d.sentAt = now;
        d.deliveredAt = now;
        return d;
    }

    public boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /**
     * An attempt begins: counted, and due again after the policy's lease should its outcome never be recorded.
     * Answers the attempt's number, or 0 when none may begin: not due, or every attempt made (the delivery has
     * then failed, the last attempt's outcome unknown).
     */
    public int attemptStarted(RetryPolicy policy, Instant now) {
        if (!isDue(now)) {
            return 0;
        }
        if (policy.exhausted(attempts)) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
            lastError = lastError != null ? lastError : "the last attempt's outcome is unknown: the service stopped while sending";
            return 0;
        }
        attempts++;
        nextAttemptAt = now.plus(policy.unansweredAfter(attempts));
        return attempts;
    }

    /** Whether attempt {@code number} is the one under way: started, and no outcome recorded since. */
    public boolean inAttempt(int number) {
        return status == DeliveryStatus.PENDING && number > 0 && attempts == number;
    }

    /** The reference every attempt sends under: the same for each retry of this delivery. */
    public String reference() {
        return id.toString();
    }

    /** The started attempt's outcome: the gateway or mail server took it; {@code reference} is the gateway's message id (null for mail). */
    public void sent(String reference, Integer segmentCount, Instant now) {
        status = DeliveryStatus.SENT;
        providerReference = reference;
        segments = segmentCount;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * The started attempt's outcome: it failed, and the next one is due after the policy's wait, or, after the last attempt or
     * when the failure is final (the gateway refused the message), the delivery has failed.
     */
    public void attemptFailed(String reason, boolean permanent, RetryPolicy policy, Instant now) {
        lastError = reason == null ? "unknown" : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        if (permanent || policy.exhausted(attempts)) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        }
    }

    /** The gateway's receipt: delivered to the handset, or not (with its reason). A late receipt changes nothing more. */
    public void receipt(boolean delivered, String reason, Instant at) {
        if (status != DeliveryStatus.SENT) {
            return;
        }
        if (delivered) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = at;
        } else {
            status = DeliveryStatus.FAILED;
            lastError = reason == null ? "not delivered" : reason;
        }
    }

    public UUID id() {
        return id;
    }

    public Notice notice() {
        return notice;
    }

    public Channel channel() {
        return channel;
    }

    public String address() {
        return address;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public String providerReference() {
        return providerReference;
    }

    public Integer segments() {
        return segments;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
