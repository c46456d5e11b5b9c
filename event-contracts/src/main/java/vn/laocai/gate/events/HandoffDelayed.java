package vn.laocai.gate.events;

import java.time.Instant;

/** An agency system cannot be reached: the declaration waits for it and will be handed off when it is back. */
public record HandoffDelayed(
        String declarationId,
        int version,
        String system,
        String reason,
        Instant since) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
