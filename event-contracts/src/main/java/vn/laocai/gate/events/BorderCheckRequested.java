package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A booked vehicle checked in at the yard: the vehicle and its driver, with the driver's passport or
 * border-pass number, for the border guard's immigration check. Published on
 * {@link Topics#QUEUE_BORDER_GUARD}, which only customs-adapter may read: the one consumer that needs the
 * document. Amendments end at check-in, so the driver named here is the one who crosses.
 */
public record BorderCheckRequested(
        String bookingCode,
        String plate,
        String trailerPlate,
        String direction,
        String driverName,
        String driverNationality,
        String driverDocumentNumber,
        Instant checkedInAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
