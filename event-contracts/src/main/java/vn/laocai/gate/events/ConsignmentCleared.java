package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** Every agency has finished with a consignment: the vehicles carrying it may leave. */
public record ConsignmentCleared(
        String declarationId,
        String customsDeclarationNumber,
        List<String> bookingCodes,
        Instant clearedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
