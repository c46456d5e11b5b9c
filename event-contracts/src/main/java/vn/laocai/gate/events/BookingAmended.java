package vn.laocai.gate.events;

import java.time.Instant;

/** A booking was amended: another driver or a new arrival window; the vehicle never changes. */
public record BookingAmended(
        String bookingCode,
        int revision,
        String plate,
        String trailerPlate,
        String driverName,
        String driverNationality,
        String driverDocumentNumber,
        Instant arrivalWindowStart,
        Instant arrivalWindowEnd,
        String reason,
        Instant amendedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
