package vn.laocai.gate.events;

import java.time.Instant;

/** A quarantine system decided on a consignment: pass, fail, sample taken or treatment required. */
public record QuarantineResultReceived(
        String declarationId,
        int version,
        String agency,
        String outcome,
        String certificateNumber,
        String remarks,
        Instant decidedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
