package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a handoff reaches its agency system and hears back: the attempts to send it (with the error
 * of the last one and when the next is due, backing off while the agency is down), the reference the
 * agency accepted it under, and when the agency last answered or was asked. Part of the handoff's row.
 */
@Embeddable
public class Delivery {

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /**
     * An instance is sending it until then: kept apart from {@link #nextAttemptAt}, so that making a
     * backed-off handoff due at once never hands one in flight to a second sender.
     */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    /** Since when the agency could not be reached; HandoffDelayed was announced then, once. */
    @Column(name = "delayed_since")
    private Instant delayedSince;

    @Column(name = "agency_reference")
    private String agencyReference;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "last_answer_at")
    private Instant lastAnswerAt;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    protected Delivery() {
        // for JPA
    }

    /** Nothing sent yet; the first attempt is due at {@code now}. */
    static Delivery dueAt(Instant now) {
        Delivery d = new Delivery();
        d.nextAttemptAt = Objects.requireNonNull(now);
        return d;
    }

    boolean isDue(Instant now) {
        return nextAttemptAt != null && !nextAttemptAt.isAfter(now) && !isClaimed(now);
    }

    /** Whether an instance is sending it at {@code now}. */
    boolean isClaimed(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    /**
     * Another instance leaves the handoff alone until the lease ends; if the sender dies, the handoff
     * is due again then. Recording the attempt's outcome ends the claim.
     */
    void claim(Instant now, Duration lease) {
        claimedUntil = now.plus(lease);
    }

    /** The agency accepted the handoff under {@code reference}: nothing more to send. */
    void accepted(String reference, Instant now) {
        attempts++;
        agencyReference = Objects.requireNonNull(reference, "reference");
        submittedAt = now;
        lastError = null;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /**
     * The attempt failed: the next one waits as the schedule says. Answers true for the first failure
     * of the handoff, which is announced; later ones are not.
     */
    boolean failed(String error, Instant now, RetrySchedule schedule) {
        attempts++;
        lastError = error;
        nextAttemptAt = now.plus(schedule.after(attempts));
        claimedUntil = null;
        if (delayedSince != null) {
            return false;
        }
        delayedSince = now;
        return true;
    }

    /** The agency refused the handoff as it stands: it is not sent again. */
    void refused(String reason) {
        attempts++;
        lastError = reason;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /** The agency is back: a backed-off attempt is due at once (one being sent stays with its sender). */
    void dueNow(Instant now) {
        if (nextAttemptAt != null && nextAttemptAt.isAfter(now)) {
            nextAttemptAt = now;
        }
    }

    /** The handoff is to be sent again at {@code at} (null: not again). */
    void resend(Instant at) {
        nextAttemptAt = at;
    }

    void heard(Instant now) {
        lastAnswerAt = now;
    }

    void polled(Instant now) {
        lastPolledAt = now;
    }

    /** Whether the answer carries the reference this handoff was accepted under. */
    boolean isAbout(AgencyAnswer answer) {
        return answer.agencyReference().equals(agencyReference);
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    public Instant delayedSince() {
        return delayedSince;
    }

    public String agencyReference() {
        return agencyReference;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant lastAnswerAt() {
        return lastAnswerAt;
    }

    public Instant lastPolledAt() {
        return lastPolledAt;
    }
}
