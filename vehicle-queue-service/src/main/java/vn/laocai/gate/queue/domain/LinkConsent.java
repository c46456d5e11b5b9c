package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.laocai.gate.events.BookingConsentGiven;
import vn.laocai.gate.events.BookingConsentWithdrawn;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A driver's consent to traders linking their consignments to a booking, with the share code that
 * proves it (a small aggregate of its own, kept beside the booking). At most one consent of a booking
 * is current: a new one replaces the current one, which counts as withdrawn. It may be given while the
 * booking is open; it may be withdrawn, or replaced, only until the vehicle checks in (after that, the
 * links made with it stand: {@code already-checked-in}). Each change records its event.
 */
@Entity
@Table(name = "link_consent")
public class LinkConsent {

    @Id
    private UUID id;

    @Column(name = "booking_code", nullable = false, updatable = false)
    private String bookingCode;

    @Column(name = "share_code", nullable = false, updatable = false)
    private String shareCode;

    @Column(name = "share_code_hash", nullable = false, updatable = false)
    private String shareCodeHash;

    @Column(name = "given_by", nullable = false, updatable = false)
    private String givenBy;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long revision;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    protected LinkConsent() {
    }

    /** A new consent of an open booking with a fresh share code; the caller withdraws the current one first. */
    public static LinkConsent give(Booking booking, ShareCode code, String by, Instant now) {
        if (!booking.status().isOpen()) {
            throw RuleViolation.conflict("booking-not-open", null, "booking " + booking.code() + " is " + booking.status()
                    + "; a consent can only be given while it is open").with("code", booking.code()).with("status", booking.status());
        }
        LinkConsent consent = new LinkConsent();
        consent.id = UUID.randomUUID();
        consent.bookingCode = booking.code();
        consent.shareCode = code.value();
        consent.shareCodeHash = code.hashFor(booking.code());
        consent.givenBy = by;
        consent.givenAt = now;
        consent.recordedEvents.record(new BookingConsentGiven(booking.code(), booking.vehicle().plateValue(),
                booking.direction().name(), consent.id.toString(), consent.shareCodeHash, now));
        return consent;
    }

    /** Withdraws the consent (by the driver, or by a newer one replacing it), refused once the vehicle checked in. */
    public void withdraw(Booking booking, String by, Instant now) {
        if (!booking.code().equals(bookingCode) || withdrawnAt != null) {
            throw new IllegalStateException("consent " + id + " is not the current consent of booking " + booking.code());
        }
        if (booking.status() != BookingStatus.BOOKED) {
            throw RuleViolation.conflict("already-checked-in", null, "the vehicle of booking " + booking.code() + " is "
                    + booking.status() + "; a consent can no longer be withdrawn or replaced after check-in").keyed("consent")
                    .with("code", booking.code()).with("status", booking.status());
        }
        withdrawnBy = by;
        withdrawnAt = now;
        booking.clearanceFile().unlinkConsent(id.toString(), now);
        recordedEvents.record(new BookingConsentWithdrawn(bookingCode, booking.vehicle().plateValue(), id.toString(), now));
    }

    public boolean isCurrent() {
        return withdrawnAt == null;
    }

    /** The events caused since the last call; the caller publishes them. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public UUID id() {
        return id;
    }

    public String bookingCode() {
        return bookingCode;
    }

    public ShareCode shareCode() {
        return new ShareCode(shareCode);
    }

    public String shareCodeHash() {
        return shareCodeHash;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
