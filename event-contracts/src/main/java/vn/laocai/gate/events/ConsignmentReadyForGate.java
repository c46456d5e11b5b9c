package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** The consignment is complete and may approach the gate: its vehicles may be called forward. */
public record ConsignmentReadyForGate(
        String declarationId,
        String customsDeclarationNumber,
        List<String> bookingCodes,
        boolean perishable,
        Instant readyAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
