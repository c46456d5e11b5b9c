package vn.laocai.gate.events;

import java.time.Instant;

/** A step of the clearance case moved: an officer decided through the API or an agency system answered. */
public record ClearanceStepDecided(
        String declarationId,
        int version,
        String step,
        String decision,
        String fromState,
        String toState,
        String decidedBy,
        String source,
        String reason,
        Instant decidedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
