package vn.laocai.gate.events;

import java.time.Instant;

/** The yard called a vehicle forward to the gate area, toward a lane. */
public record VehicleCalledForward(
        String bookingCode,
        String plate,
        String direction,
        int lane,
        Instant calledAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
