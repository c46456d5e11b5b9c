package vn.laocai.gate.events;

import java.time.Instant;

/** The customs system recorded the result of an inspection. */
public record CustomsInspectionCompleted(
        String declarationId,
        int version,
        String customsDeclarationNumber,
        String result,
        String remarks,
        Instant completedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
