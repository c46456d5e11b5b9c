package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A booking was amended: another driver or a new arrival window; the vehicle never changes.
 * {@code driverDocumentNumber} is no longer published (null); it stays to read older events.
 */
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
