package vn.laocai.gate.queue.domain;

import java.util.Optional;

/** Where bookings are kept. */
public interface BookingRepository {

    void add(Booking booking);

    Optional<Booking> findByCode(String code);

    boolean codeExists(String code);
}
