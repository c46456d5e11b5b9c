package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** The gate is closed for one or both directions over a period (holiday, flood, suspension on the other side); the bookings it hits were moved to the next free slot or cancelled. */
public record GateClosed(
        String closureId,
        List<String> directions,
        Instant closedFrom,
        Instant closedUntil,
        String reason,
        String remarks,
        String bookingAction,
        int bookingsMoved,
        int bookingsCancelled,
        String closedBy,
        Instant closedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return closureId;
    }
}
