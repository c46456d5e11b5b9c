package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** The consignment was refused; its vehicles will not be released and must turn back. */
public record ConsignmentRejected(
        String declarationId,
        List<String> bookingCodes,
        String step,
        String reason,
        Instant rejectedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
