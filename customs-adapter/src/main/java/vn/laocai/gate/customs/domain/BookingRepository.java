package vn.laocai.gate.customs.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The bookings known to the adapter, and which declarations they carry. */
public interface BookingRepository {

    Optional<Booking> find(String bookingCode);

    void add(Booking booking);

    /** Records that the declaration names the bookings (kept once each). */
    void link(String declarationId, Collection<String> bookingCodes);

    List<String> ofDeclaration(String declarationId);
}
