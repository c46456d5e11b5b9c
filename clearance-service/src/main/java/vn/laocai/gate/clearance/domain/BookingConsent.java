package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * A driver's consent to traders linking consignments to a booking, as the queue announced it: the
 * hash of the booking's share code, when it was given and, once withdrawn, when. Kept by consent id,
 * so that events arriving out of order land on the right consent: a withdrawal read before its
 * consent is kept and the consent, when it comes, stays withdrawn. Of a booking's consents the one
 * given last is {@linkplain #current current}; a newer one replaces an older one, and a withdrawn
 * current consent leaves none (an older one does not come back).
 */
@Entity
@Table(name = "booking_consent")
public class BookingConsent {

    @Id
    @Column(name = "consent_id")
    private String id;

    @Column(name = "booking_code", nullable = false)
    private String bookingCode;

    /** Lower-case hex SHA-256 of {@code bookingCode + ":" + shareCode}; null while only its withdrawal is known. */
    @Column(name = "share_code_hash")
    private String shareCodeHash;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected BookingConsent() {
    }

    private BookingConsent(String id, String bookingCode) {
        this.id = id;
        this.bookingCode = bookingCode;
    }

    /** A consent the driver gave. */
    public static BookingConsent given(String id, String bookingCode, String shareCodeHash, Instant givenAt) {
        BookingConsent consent = new BookingConsent(id, bookingCode);
        consent.give(shareCodeHash, givenAt);
        return consent;
    }

    /** A consent known first by its withdrawal (the events came out of order). */
    public static BookingConsent withdrawn(String id, String bookingCode, Instant withdrawnAt) {
        BookingConsent consent = new BookingConsent(id, bookingCode);
        consent.withdraw(withdrawnAt);
        return consent;
    }

    /** The consent as given; a withdrawal known before stays. */
    public void give(String hash, Instant at) {
        shareCodeHash = hash.toLowerCase(Locale.ROOT);
        givenAt = at;
    }

    /** The driver withdrew it; the first withdrawal counts. */
    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    /**
     * The consent that stands for a booking among its consents: the one given last, unless it was
     * withdrawn; none when it was.
     */
    public static Optional<BookingConsent> current(Collection<BookingConsent> consents) {
        return consents.stream().filter(c -> c.givenAt != null)
                .max(Comparator.comparing((BookingConsent c) -> c.givenAt).thenComparing(c -> c.id))
                .filter(c -> c.withdrawnAt == null);
    }

    public String id() {
        return id;
    }

    public String bookingCode() {
        return bookingCode;
    }

    public String shareCodeHash() {
        return shareCodeHash;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public boolean withdrawnAlready() {
        return withdrawnAt != null;
    }
}
