package vn.laocai.gate.events;

import java.time.Instant;

/** A released vehicle passed gate-out and left toward the other side or inland. */
public record VehicleExited(
        String bookingCode,
        String plate,
        String direction,
        int lane,
        Instant exitedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
