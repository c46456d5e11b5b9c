package vn.laocai.gate.events;

import java.time.Instant;

/** The customs system ordered a documentary (yellow) or physical (red) inspection. */
public record CustomsInspectionOrdered(
        String declarationId,
        int version,
        String customsDeclarationNumber,
        String inspectionKind,
        String agencyReference,
        Instant orderedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
