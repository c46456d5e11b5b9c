package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** A trader amended a declaration: what changed and which clearance steps restart because of it; the others keep their progress. */
public record DeclarationAmended(
        String declarationId,
        int version,
        List<String> changes,
        List<String> restartedSteps,
        String amendedBy,
        Instant amendedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
