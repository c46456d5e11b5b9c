package vn.laocai.gate.events;

import java.time.Instant;

/** A driver booked a crossing for one vehicle. */
public record CrossingBooked(
        String bookingCode,
        String plate,
        String trailerPlate,
        String direction,
        String cargoCategory,
        String driverName,
        Instant arrivalWindowStart,
        Instant arrivalWindowEnd,
        Instant bookedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
