package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.events.ConsignmentHeld;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The links of a declaration to its bookings, each under a driver's consent ({@link LinkConsent}). A
 * view with behaviour over the declaration's link collection (table {@code declaration_booking_link}).
 * When a driver withdraws the consent a link was made under, the link is undone: the consignment is
 * held on {@value Hold#BOOKING_CONSENT} until the trader names another booking, and the queue is told
 * that the vehicle no longer carries it ({@link ConsignmentHeld} for that booking) when it had been
 * ready for the gate. While a link is pending ({@link LinkConsent#link}) the platform holds the
 * consignment on {@value Hold#BOOKING_LINK_PENDING}; a pending link refused holds it on
 * {@value Hold#BOOKING_LINK_REFUSED} until the trader names another booking.
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
        Hold hold = clearance.holdsOf().placeQuietly(declaration, Hold.BOOKING_CONSENT, reason,
                Hold.reason("consent-withdrawn", "booking", bookingCode), QUEUE, at);
        if (wasReady) {
            declaration.record(new ConsignmentHeld(declaration.id().toString(), List.of(bookingCode), Hold.BOOKING_CONSENT, reason, at));
        }
        clearance.reevaluate(declaration, at);
        return Optional.of(hold);
    }

    /**
     * Clearance heard of a booking or its consent: the pending links to it are checked now
     * ({@link LinkConsent#settle}), each linked or refused with its reason, and the hold for pending links
     * lifted once none is left.
     *
     * @return whether a link settled
     */
    boolean heardOf(Declaration declaration, String bookingCode, LinkConsent.Standing standing, Instant at) {
        if (declaration.clearance().status().closed()) {
            return false;
        }
        boolean settled = false;
        for (int i = 0; i < links.size(); i++) {
            BookingLink link = links.get(i);
            if (link.bookingCode().equals(bookingCode)
                    && LinkConsent.settle(link, i, standing, declaration.declared().direction(), at)) {
                settled = true;
                settled(declaration, link, at);
            }
        }
        return settled;
    }

    /**
     * Refuses the links still pending {@code wait} after their bookings were named.
     *
     * @return whether a link was refused
     */
    boolean expire(Declaration declaration, Duration wait, Instant at) {
        if (declaration.clearance().status().closed()) {
            return false;
        }
        boolean refused = false;
        for (int i = 0; i < links.size(); i++) {
            if (LinkConsent.expire(links.get(i), i, wait, at)) {
                refused = true;
                settled(declaration, links.get(i), at);
            }
        }
        return refused;
    }

    private void settled(Declaration declaration, BookingLink link, Instant at) {
        Holds holds = declaration.clearance().holdsOf();
        if (link.state() == BookingLink.State.LINKED) {
            declaration.note(at, "BOOKING_LINKED", QUEUE, "Booking " + link.bookingCode()
                    + " linked under the driver's consent " + link.consentId());
        } else {
            declaration.note(at, "BOOKING_LINK_REFUSED", QUEUE, link.refusalReason());
            holds.placeQuietly(declaration, Hold.BOOKING_LINK_REFUSED, link.refusalReason(),
                    Hold.reason("link-refused", "booking", link.bookingCode(), "rule", link.refusalRule()), QUEUE, at);
        }
        keepHeldWhilePending(declaration, at);
    }

    /**
     * The platform holds the consignment while a link is pending, and lifts that hold once none is.
     * A consignment ready for the gate that names a booking pending now tells the queue it is held.
     */
    void keepHeldWhilePending(Declaration declaration, Instant at) {
        ClearanceCase clearance = declaration.clearance();
        Holds holds = clearance.holdsOf();
        List<String> pending = links.stream().filter(BookingLink::isPending).map(BookingLink::bookingCode).toList();
        boolean held = holds.open().stream().anyMatch(Hold::forPendingLinks);
        if (!pending.isEmpty() && !held) {
            String reason = "Waiting to hear of booking(s) " + String.join(", ", pending)
                    + " from the queue to check the driver's consent";
            holds.placeQuietly(declaration, Hold.BOOKING_LINK_PENDING, reason,
                    Hold.reason("link-pending", "bookings", String.join(", ", pending)), Declaration.PLATFORM, at);
            if (clearance.readyForGate()) {
                declaration.record(new ConsignmentHeld(declaration.id().toString(), declaration.bookingCodes(),
                        Hold.BOOKING_LINK_PENDING, reason, at));
            }
        } else if (pending.isEmpty() && held) {
            holds.liftWhere(declaration, Hold::forPendingLinks, Declaration.PLATFORM, at);
        }
    }

    /** The trips of the consignment, each with what is known of its vehicle. */
    List<Trip> trips(Function<String, LinkConsent.Standing> standings) {
        return links.stream().map(l -> standings.apply(l.bookingCode()).trip(l.bookingCode())).toList();
    }
}
