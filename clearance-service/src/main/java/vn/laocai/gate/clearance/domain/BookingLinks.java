package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.events.ConsignmentHeld;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The links of a declaration to its bookings, each under a driver's consent ({@link LinkConsent}). A
 * view with behaviour over the declaration's link collection (table {@code declaration_booking_link}).
 * When a driver withdraws the consent a link was made under, the link is undone: the consignment is
 * held on {@value Hold#BOOKING_CONSENT} until the trader names another booking, and the queue is told
 * that the vehicle no longer carries it ({@link ConsignmentHeld} for that booking) when it had been
 * ready for the gate.
 */
final class BookingLinks {

    /** Who tells clearance of bookings and consents. */
    static final String QUEUE = "vehicle-queue";

    private final List<BookingLink> links;

    BookingLinks(List<BookingLink> links) {
        this.links = links;
    }

    /** Whether {@code next} links other bookings, or under other consents, than these. */
    boolean differFrom(List<BookingLink> next) {
        if (next.size() != links.size()) {
            return true;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).sameAs(links.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The links of a new version. */
    void replaceWith(List<BookingLink> next) {
        List<BookingLink> copy = List.copyOf(next);
        links.clear();
        links.addAll(copy);
    }

    /** The consent each booking was linked under, aligned with {@code bookingCodes}; null when the declaration predates consent. */
    List<String> consentIdsOf(List<String> bookingCodes) {
        if (links.isEmpty()) {
            return null;
        }
        return bookingCodes.stream().map(code -> links.stream().filter(l -> l.bookingCode().equals(code)).findFirst()
                .map(BookingLink::consentId).orElse(null)).toList();
    }

    /**
     * The driver withdrew consent {@code consentId} to the booking: the link made under it is undone,
     * and the consignment held until the trader names another booking.
     *
     * @return the hold placed, none when the declaration has no such standing link or its case is closed
     */
    Optional<Hold> consentWithdrawn(Declaration declaration, String bookingCode, String consentId, Instant at) {
        ClearanceCase clearance = declaration.clearance();
        Optional<BookingLink> link = links.stream()
                .filter(l -> l.bookingCode().equals(bookingCode) && l.standsUnder(consentId)).findFirst();
        if (link.isEmpty() || clearance.status().closed()) {
            return Optional.empty();
        }
        link.get().undo(at);
        String reason = "The driver withdrew consent to carry this consignment on " + bookingCode + "; name another booking";
        declaration.note(at, "BOOKING_CONSENT_WITHDRAWN", QUEUE, reason, "reason", reason);
        boolean wasReady = clearance.readyForGate();
        Hold hold = clearance.holdsOf().placeQuietly(declaration, Hold.BOOKING_CONSENT, reason, QUEUE, at);
        if (wasReady) {
            declaration.record(new ConsignmentHeld(declaration.id().toString(), List.of(bookingCode), Hold.BOOKING_CONSENT, reason, at));
        }
        clearance.reevaluate(declaration, at);
        return Optional.of(hold);
    }
}
