package vn.laocai.gate.events;

import java.time.Instant;

/** An agency system accepted a declaration version for processing. */
public record HandoffAccepted(
        String declarationId,
        int version,
        String system,
        String agencyReference,
        Instant acceptedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
