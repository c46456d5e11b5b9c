package vn.laocai.gate.events;

import java.time.Instant;

/**
 * An agency system lost a handoff (it answers that it does not know the reference) or gave no answer
 * past its deadline: the consignment waits for it, overdue {@code since}. {@code situation} is LOST or
 * OVERDUE; {@code action} is RESUBMITTED (sent again once under the same submission id) or ESCALATED
 * (to the customs officers' worklist, with the reason).
 */
public record HandoffOverdue(
        String declarationId,
        int version,
        String system,
        String agencyReference,
        String situation,
        String action,
        String reason,
        Instant since) implements GateEvent {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}
