package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.Objects;

/**
 * The link of a declaration to one booking, made under the driver's consent {@code consentId}
 * ({@link LinkConsent}). It stands until the driver withdraws that consent; then the vehicle no
 * longer carries the consignment and the trader names another booking. A booking clearance has not
 * heard of yet (or whose consent it has not heard of) is linked {@code PENDING}: the hash of the share
 * code presented is kept, and compared when the queue's event comes; the link then stands or is
 * {@code REFUSED} with the rule and the reason, as it is when the booking is not heard of in time.
 */
@Embeddable
public class BookingLink {

    /** Whether the link stands. */
    public enum State { PENDING, LINKED, CONSENT_WITHDRAWN, REFUSED }

    @Column(name = "booking_code", nullable = false)
    private String bookingCode;

    /** The consent it stands under; null while pending or when refused. */
    @Column(name = "consent_id")
    private String consentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    /** When the declaration named the booking: a pending link waits from then. */
    @Column(name = "named_at", nullable = false)
    private Instant namedAt;

    @Column(name = "linked_at")
    private Instant linkedAt;

    /** When the consent was withdrawn, or the link refused. */
    @Column(name = "undone_at")
    private Instant undoneAt;

    /** SHA-256 of the booking code and the share code presented, kept only while the link is pending. */
    @Column(name = "presented_hash")
    private String presentedHash;

    @Column(name = "refusal_rule")
    private String refusalRule;

    @Column(name = "refusal_reason")
    private String refusalReason;

    protected BookingLink() {
    }

    private BookingLink(String bookingCode, State state, Instant namedAt) {
        this.bookingCode = bookingCode;
        this.state = state;
        this.namedAt = namedAt;
    }

    /** A booking linked now under the consent. */
    public static BookingLink linked(String bookingCode, String consentId, Instant at) {
        BookingLink link = new BookingLink(bookingCode, State.LINKED, at);
        link.consentId = consentId;
        link.linkedAt = at;
        return link;
    }

    /** A booking named with a share code whose hash is {@code presentedHash}, checked once clearance hears of the booking. */
    public static BookingLink pending(String bookingCode, String presentedHash, Instant at) {
        BookingLink link = new BookingLink(bookingCode, State.PENDING, at);
        link.presentedHash = presentedHash;
        return link;
    }

    /** The pending link stands under the consent its share code matched. */
    void linkUnder(String consent, Instant at) {
        state = State.LINKED;
        consentId = consent;
        linkedAt = at;
        presentedHash = null;
    }

    /** The pending link ends refused, with the rule and the reason the trader is shown. */
    void refuse(String rule, String reason, Instant at) {
        state = State.REFUSED;
        refusalRule = rule;
        refusalReason = reason;
        undoneAt = at;
        presentedHash = null;
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    String presentedHash() {
        return presentedHash;
    }

    /** The consent it was made under was withdrawn. */
    void undo(Instant at) {
        state = State.CONSENT_WITHDRAWN;
        undoneAt = at;
    }

    /** Whether this link stands under the consent. */
    public boolean standsUnder(String consent) {
        return state == State.LINKED && Objects.equals(consentId, consent);
    }

    /** The same booking under the same consent, in the same state. */
    boolean sameAs(BookingLink other) {
        return bookingCode.equals(other.bookingCode) && Objects.equals(consentId, other.consentId) && state == other.state
                && Objects.equals(presentedHash, other.presentedHash);
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

    public Instant namedAt() {
        return namedAt;
    }

    public String refusalRule() {
        return refusalRule;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public Instant undoneAt() {
        return undoneAt;
    }
}
