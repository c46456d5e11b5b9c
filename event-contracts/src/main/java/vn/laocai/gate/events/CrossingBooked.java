package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A driver booked a crossing for one vehicle. The last four fields were added after version 1
 * and are null in events published before them.
 */
public record CrossingBooked(
        String bookingCode,
        String plate,
        String trailerPlate,
        String direction,
        String cargoCategory,
        String driverName,
        Instant arrivalWindowStart,
        Instant arrivalWindowEnd,
        Instant bookedAt,
        String vehicleType,
        String weightClass,
        String driverNationality,
        String driverDocumentNumber) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
