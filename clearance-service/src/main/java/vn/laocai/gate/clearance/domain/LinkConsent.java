package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.events.BookingConsentGiven;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A consignment is linked to a booking only with the driver's consent: the trader presents the share
 * code the driver passed on, and it must match the booking's current consent ({@link BookingConsent}).
 * A booking without a current consent, a wrong code, a missing one and a booking the gate does not know
 * are refused alike ({@value #RULE}), so that a trader learns nothing of bookings that are not shared
 * with them; only once the code matched are the direction and a cancellation told. On an amendment a
 * booking already linked under the consent that still stands needs no code again.
 */
public final class LinkConsent {

    /** The rule of every refusal that could tell whether a booking exists. */
    public static final String RULE = "booking-consent-required";

    /** Crockford base32 without I, L, O and U, in two groups of four, the dash optional (checked upper-cased). */
    private static final Pattern SHARE_CODE = Pattern.compile("([0-9A-HJKMNP-TV-Z]{4})-?([0-9A-HJKMNP-TV-Z]{4})");

    /** The rule of a pending link whose booking (or its consent) was not heard of within the configured wait. */
    public static final String NOT_HEARD = "booking-not-heard";

    /**
     * What clearance knows of a booking a declaration names: what the queue announced, the consent that
     * stands, and whether any consent of it (given or withdrawn) was heard of; any may be unknown yet.
     */
    public record Standing(Optional<KnownBooking> booking, Optional<BookingConsent> consent, boolean consentHeard) {

        public Standing(Optional<KnownBooking> booking, Optional<BookingConsent> consent) {
            this(booking, consent, consent.isPresent());
        }

        /** What the booking and every consent of it known tell. */
        public static Standing of(Optional<KnownBooking> booking, List<BookingConsent> consents) {
            return new Standing(booking, BookingConsent.current(consents), !consents.isEmpty());
        }

        /** Whether clearance heard of both the booking and a consent to it: only then can a link be checked. */
        boolean heard() {
            return booking.isPresent() && consentHeard;
        }

        /** The booking's trip, with what is known of its vehicle. */
        Trip trip(String bookingCode) {
            return booking.map(KnownBooking::trip).orElseGet(() -> new Trip(bookingCode, null, null));
        }
    }

    /** The bookings linked, in the order named: each one's trip (charged by the fee) and its link. */
    public record Linked(List<Trip> trips, List<BookingLink> links) {
    }

    private LinkConsent() {
    }

    /**
     * Links the bookings the declaration names.
     *
     * A booking clearance has not heard of yet (or of no consent to it) and named with a share code is
     * linked pending ({@link BookingLink#pending}), and checked by {@link #settle} when the queue's event
     * comes: a declaration is never refused for the broker's timing; its trip is then charged as of an unknown vehicle.
     *
     * @param shareCodes the share codes presented, aligned with the booking codes; null when none were
     * @param standings  what is known of a booking code
     * @param existing   the declaration's links so far (none for a new declaration)
     * @throws InvalidValueException when the share codes are not one per booking or one is malformed
     * @throws RuleViolation         {@value #RULE} when a booking is not linked with a valid current share code,
     *                               {@code direction-mismatch} or {@code booking-cancelled} once it is
     */
    public static Linked link(DeclarationData data, List<String> shareCodes, Function<String, Standing> standings,
                              List<BookingLink> existing, Instant now) {
        List<String> codes = data.bookingCodes();
        List<String> presented = normalisedAll(shareCodes, codes.size());
        List<Trip> trips = new ArrayList<>();
        List<BookingLink> links = new ArrayList<>();
        for (int index = 0; index < codes.size(); index++) {
            int i = index;
            String code = codes.get(i);
            Standing standing = standings.apply(code);
            String shareCode = presented.get(i);
            Optional<BookingLink> stands = existing.stream()
                    .filter(l -> l.bookingCode().equals(code) && (standing.consent().filter(c -> l.standsUnder(c.id())).isPresent()
                            || l.isPending() && shareCode == null))
                    .findFirst();
            if (stands.filter(BookingLink::isPending).isPresent() || stands.isEmpty() && !standing.heard() && shareCode != null) {
                links.add(stands.orElseGet(() -> BookingLink.pending(code, hash(code, shareCode), now)));
                trips.add(standing.trip(code));
                continue;
            }
            BookingLink link = stands.isPresent() ? stands.get() : linkNow(i, code, shareCode, standing.consent(), now);
            KnownBooking booking = standing.booking().orElseThrow(() -> refused(i, code));
            Optional<RuleViolation> unfit = unfit(i, booking, data.direction());
            if (unfit.isPresent()) {
                throw unfit.get();
            }
            trips.add(booking.trip());
            links.add(link);
        }
        return new Linked(List.copyOf(trips), List.copyOf(links));
    }

    /** Whether a booking whose consent matched cannot carry the consignment: it goes the other way or was cancelled. */
    private static Optional<RuleViolation> unfit(int index, KnownBooking booking, Direction direction) {
        String field = field(index);
        if (booking.direction() != direction) {
            return Optional.of(new RuleViolation("direction-mismatch", field, field + " " + booking.code() + " is booked for "
                    + booking.direction() + ", the declaration is for " + direction)
                    .with("booking", booking.code()).with("booked", booking.direction()).with("declared", direction));
        }
        if (booking.cancelled()) {
            return Optional.of(new RuleViolation("booking-cancelled", field, field + " " + booking.code() + " was cancelled").with("booking", booking.code()));
        }
        return Optional.empty();
    }

    /**
     * Checks a pending link at {@code index} now that clearance may have heard of its booking: the share
     * code presented against the current consent (in constant time), then direction and cancellation.
     *
     * @return whether the link settled (linked or refused); false while the booking or its consent is still unheard of
     */
    static boolean settle(BookingLink link, int index, Standing standing, Direction direction, Instant now) {
        if (!link.isPending() || !standing.heard()) {
            return false;
        }
        byte[] presented = link.presentedHash().getBytes(StandardCharsets.US_ASCII);
        byte[] expected = standing.consent().map(c -> c.shareCodeHash() == null ? "" : c.shareCodeHash()).orElse("")
                .getBytes(StandardCharsets.US_ASCII);
        Optional<RuleViolation> refusal = standing.consent().isPresent() && MessageDigest.isEqual(presented, expected)
                ? unfit(index, standing.booking().get(), direction) : Optional.of(refused(index, link.bookingCode()));
        if (refusal.isPresent()) {
            link.refuse(refusal.get().rule(), refusal.get().getMessage(), now);
        } else {
            link.linkUnder(standing.consent().get().id(), now);
        }
        return true;
    }

    /**
     * Refuses a link at {@code index} still pending {@code wait} after the booking was named.
     *
     * @return whether it was refused now
     */
    static boolean expire(BookingLink link, int index, Duration wait, Instant now) {
        if (!link.isPending() || link.namedAt().plus(wait).isAfter(now)) {
            return false;
        }
        String field = field(index);
        link.refuse(NOT_HEARD, field + ": nothing was heard of booking " + link.bookingCode() + " or of its driver's consent within "
                + wait + " of naming it; check the booking code and share code with the driver, or name another booking", now);
        return true;
    }

    private static BookingLink linkNow(int index, String bookingCode, String shareCode, Optional<BookingConsent> consent, Instant now) {
        // the hash is computed whether or not there is a consent to compare it with
        byte[] presented = shareCode == null ? new byte[0] : hash(bookingCode, shareCode).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = consent.map(c -> c.shareCodeHash() == null ? "" : c.shareCodeHash()).orElse("")
                .getBytes(StandardCharsets.US_ASCII);
        if (shareCode == null || consent.isEmpty() || !MessageDigest.isEqual(presented, expected)) {
            throw refused(index, bookingCode);
        }
        return BookingLink.linked(bookingCode, consent.get().id(), now);
    }

    private static RuleViolation refused(int index, String bookingCode) {
        String field = field(index);
        return new RuleViolation(RULE, field, field + ": the driver's consent is needed to link a consignment to "
                + bookingCode + "; ask the driver for the booking's share code").with("booking", bookingCode);
    }

    private static String field(int index) {
        return "bookingCodes[" + index + "]";
    }

    /** The share codes normalised, one per booking (null where none was given). */
    private static List<String> normalisedAll(List<String> shareCodes, int bookings) {
        if (shareCodes == null) {
            return Collections.nCopies(bookings, null);
        }
        if (shareCodes.size() != bookings) {
            throw new InvalidValueException("shareCodes", "one share code per booking code, in the same order: "
                    + bookings + " booking code(s), " + shareCodes.size() + " share code(s)")
                    .saying("share-codes", "bookings", bookings, "shareCodes", shareCodes.size());
        }
        List<String> normalised = new ArrayList<>();
        for (int i = 0; i < shareCodes.size(); i++) {
            String code = shareCodes.get(i);
            normalised.add(code == null || code.isBlank() ? null : normalise(code, "shareCodes[" + i + "]"));
        }
        return normalised;
    }

    /**
     * A share code as it is hashed: upper case, in two groups of four joined by a dash. Accepted in any
     * case, with or without the dash; as Crockford base32 reads, I and L stand for 1 and O for 0.
     *
     * @throws InvalidValueException naming {@code field} when it is not a share code
     */
    public static String normalise(String shareCode, String field) {
        String upper = shareCode.strip().toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
        var matcher = SHARE_CODE.matcher(upper);
        if (!matcher.matches()) {
            throw new InvalidValueException(field, "must be a share code of 8 characters such as 7KQ2-M9XD (digits and letters but I, L, O and U)")
                    .saying("share-code");
        }
        return matcher.group(1) + "-" + matcher.group(2);
    }

    /** Lower-case hex SHA-256 of {@code bookingCode + ":" + shareCode}, the share code normalised. */
    public static String hash(String bookingCode, String normalisedShareCode) {
        return BookingConsentGiven.shareCodeHash(bookingCode, normalisedShareCode);
    }
}
