package vn.laocai.gate.events;

import java.time.Instant;

/** An agency system refused a declaration version (invalid data, prohibited goods). */
public record DeclarationRejected(
        String declarationId,
        int version,
        String system,
        String reason,
        Instant rejectedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
