package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.RuleViolation;

import vn.laocai.gate.events.BookingBlockLifted;
import vn.laocai.gate.events.BookingBlocked;

import java.time.Instant;
import java.util.List;

/**
 * A temporary block of an account or a vehicle from booking, after too many no-shows or late cancellations: it ends by
 * itself at {@link #blockedUntil}, or earlier when a gate officer lifts it with a reason.
 */
@Entity
@Table(name = "booking_block")
public class BookingBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StrikeKind cause;

    @Column(nullable = false, updatable = false)
    private int strikes;

    @Column(name = "blocked_at", nullable = false, updatable = false)
    private Instant blockedAt;

    @Column(name = "blocked_until", nullable = false, updatable = false)
    private Instant blockedUntil;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lift_reason")
    private String liftReason;

    protected BookingBlock() {
    }

    public BookingBlock(String subject, StrikeKind cause, int strikes, Instant blockedAt, Instant blockedUntil) {
        this.subject = subject;
        this.cause = cause;
        this.strikes = strikes;
        this.blockedAt = blockedAt;
        this.blockedUntil = blockedUntil;
    }

    /** Whether it still keeps its subject from booking at {@code now}. */
    public boolean isActive(Instant now) {
        return liftedAt == null && now.isBefore(blockedUntil);
    }

    /**
     * A gate officer ends the block early: the reason is required (kept for the record); a block that ended already
     * (lifted, or over) is refused {@code block-not-active}.
     */
    public void lift(String officer, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "give the reason for lifting the block; it is kept for the record").saying("reason-needed");
        }
        if (!isActive(now)) {
            throw RuleViolation.conflict("block-not-active", null, "the block of " + subject + " has ended already")
                    .with("until", liftedAt != null ? liftedAt : blockedUntil);
        }
        this.liftedAt = now;
        this.liftedBy = officer;
        this.liftReason = reason;
    }

    /** The event of the block's start: why ({@code strikes} of its cause within {@code windowDays}, those bookings) and until when. */
    public BookingBlocked blockedEvent(List<Strike> counted, int windowDays) {
        return new BookingBlocked(String.valueOf(id), subject, cause.name(), strikes, windowDays,
                counted.stream().map(Strike::bookingCode).distinct().toList(), blockedAt, blockedUntil);
    }

    /** The event of an officer lifting it, once lifted: who, why, and the bookings that led to it. */
    public BookingBlockLifted liftedEvent(List<Strike> ledTo) {
        if (liftedAt == null) {
            throw new IllegalStateException("block " + id + " is not lifted");
        }
        return new BookingBlockLifted(String.valueOf(id), subject, cause.name(),
                ledTo.stream().map(Strike::bookingCode).distinct().toList(), blockedUntil, liftedBy, liftReason, liftedAt);
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public StrikeKind cause() {
        return cause;
    }

    public int strikes() {
        return strikes;
    }

    public Instant blockedAt() {
        return blockedAt;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public String liftReason() {
        return liftReason;
    }
}
