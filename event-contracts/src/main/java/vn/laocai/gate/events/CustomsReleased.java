package vn.laocai.gate.events;

import java.time.Instant;

/** The customs system released the goods of a declaration. */
public record CustomsReleased(
        String declarationId,
        int version,
        String customsDeclarationNumber,
        String agencyReference,
        Instant releasedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
