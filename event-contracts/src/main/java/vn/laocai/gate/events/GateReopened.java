package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** A gate closure was lifted: its period is open for bookings again. */
public record GateReopened(
        String closureId,
        List<String> directions,
        String reopenedBy,
        Instant reopenedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return closureId;
    }
}
