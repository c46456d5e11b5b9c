package vn.laocai.gate.events;

import java.time.Instant;

/** The gate released a vehicle because every consignment it carries is cleared. */
public record VehicleReleased(
        String bookingCode,
        String plate,
        String declarationId,
        Instant releasedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
