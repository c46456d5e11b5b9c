package vn.laocai.gate.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The bookings and declarations the service knows from the events. */
public interface KnownPartiesRepository {

    Optional<KnownBooking> booking(String code);

    void add(KnownBooking booking);

    /** Booked bookings whose window starts between now and {@code now + lead}. */
    List<KnownBooking> bookedStartingWithin(Instant now, Duration lead);

    /** Bookings of those directions not closed yet (in the yard, or booked with a window until {@code until}). */
    List<KnownBooking> open(Collection<String> directions, Instant until);

    Optional<KnownDeclaration> declaration(String id);

    void add(KnownDeclaration declaration);

    /**
     * Overwrites with {@code erased} the driver's name and document of at most {@code limit} bookings closed and
     * unchanged since before {@code before}; answers their codes.
     */
    List<String> eraseClosedBookingsBefore(Instant before, String erased, int limit);
}
