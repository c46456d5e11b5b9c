package vn.laocai.gate.events;

import java.time.Instant;

/** An officer held a vehicle in the yard queue: it keeps its place but is not called forward until the hold is lifted. */
public record VehicleHeld(
        String bookingCode,
        String plate,
        String direction,
        String reason,
        String officer,
        Instant heldAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
