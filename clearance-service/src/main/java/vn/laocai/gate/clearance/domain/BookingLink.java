package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * The link of a declaration to one booking, made under the driver's consent {@code consentId}
 * ({@link LinkConsent}). It stands until the driver withdraws that consent; then the vehicle no
 * longer carries the consignment and the trader names another booking.
 */
@Embeddable
public class BookingLink {

    /** Whether the link stands. */
    public enum State { LINKED, CONSENT_WITHDRAWN }

    @Column(name = "booking_code", nullable = false)
    private String bookingCode;

    @Column(name = "consent_id", nullable = false)
    private String consentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected BookingLink() {
    }

    private BookingLink(String bookingCode, String consentId, Instant linkedAt) {
        this.bookingCode = bookingCode;
        this.consentId = consentId;
        this.state = State.LINKED;
        this.linkedAt = linkedAt;
    }

    /** A booking linked now under the consent. */
    public static BookingLink linked(String bookingCode, String consentId, Instant at) {
        return new BookingLink(bookingCode, consentId, at);
    }

    /** The consent it was made under was withdrawn. */
    void undo(Instant at) {
        state = State.CONSENT_WITHDRAWN;
        undoneAt = at;
    }

    /** Whether this link stands under the consent. */
    public boolean standsUnder(String consent) {
        return state == State.LINKED && consentId.equals(consent);
    }

    /** The same booking under the same consent, in the same state. */
    boolean sameAs(BookingLink other) {
        return bookingCode.equals(other.bookingCode) && consentId.equals(other.consentId) && state == other.state;
    }

    public String bookingCode() {
        return bookingCode;
    }

    public String consentId() {
        return consentId;
    }

    public State state() {
        return state;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public Instant undoneAt() {
        return undoneAt;
    }
}
