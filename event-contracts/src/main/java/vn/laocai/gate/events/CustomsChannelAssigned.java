package vn.laocai.gate.events;

import java.time.Instant;

/**
 * The customs system assigned a declaration to a control channel:
 * GREEN (released without inspection), YELLOW (documentary check) or RED (physical inspection).
 */
public record CustomsChannelAssigned(
        String declarationId,
        int version,
        String customsDeclarationNumber,
        String channel,
        String agencyReference,
        Instant assignedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
