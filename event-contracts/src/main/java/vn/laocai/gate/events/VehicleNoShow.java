package vn.laocai.gate.events;

import java.time.Instant;

/** A booked vehicle did not check in within the grace window after its arrival window: if it still comes it is re-queued behind the vehicles on time, and the booking is cancelled automatically at cancelAt. */
public record VehicleNoShow(
        String bookingCode,
        String plate,
        String direction,
        Instant arrivalWindowStart,
        Instant arrivalWindowEnd,
        Instant graceUntil,
        Instant cancelAt,
        Instant recordedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
