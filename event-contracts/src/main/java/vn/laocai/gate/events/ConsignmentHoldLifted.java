package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** A hold on a consignment was lifted; once nothing else holds it, it is ready for the gate again. */
public record ConsignmentHoldLifted(
        String declarationId,
        List<String> bookingCodes,
        String step,
        String reason,
        String liftedBy,
        Instant liftedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
