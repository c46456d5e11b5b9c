package vn.laocai.gate.events;

import java.time.Instant;

/** A vehicle passed gate-in into the gate (control) area on a lane. */
public record VehicleEnteredGate(
        String bookingCode,
        String plate,
        String direction,
        int lane,
        Instant enteredAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
