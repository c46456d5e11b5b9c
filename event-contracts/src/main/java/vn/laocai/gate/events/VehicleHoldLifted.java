package vn.laocai.gate.events;

import java.time.Instant;

/** An officer lifted the hold on a vehicle: it may be called forward again from its place. */
public record VehicleHoldLifted(
        String bookingCode,
        String plate,
        String direction,
        String reason,
        String officer,
        Instant liftedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
