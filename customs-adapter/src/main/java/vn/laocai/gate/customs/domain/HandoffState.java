package vn.laocai.gate.customs.domain;

/**
 * Where a handoff stands: PENDING until the agency accepted it (retried while the agency is down),
 * SUBMITTED once it holds the agency's reference. Customs handoffs go on to CHANNEL_ASSIGNED and
 * RELEASED; the other systems end COMPLETED with their one decisive answer. REJECTED when the
 * agency refused the handoff; no retry helps then. LOST when the agency answered that it does not
 * know the reference, OVERDUE when it gave no answer past the system's deadline: both are sent
 * again, once, under the same submission id. ESCALATED when that did not help (or the system takes
 * no resubmission): the customs officers take it from there; a late answer is still applied.
 */
public enum HandoffState {
    PENDING, SUBMITTED, CHANNEL_ASSIGNED, RELEASED, COMPLETED, REJECTED, LOST, OVERDUE, ESCALATED;

    /** Handed over and still expecting answers, within the system's deadline. */
    public boolean awaitsAnswers() {
        return this == SUBMITTED || this == CHANNEL_ASSIGNED;
    }

    /** Lost or overdue at the agency: waiting to be sent again. */
    public boolean resubmitting() {
        return this == LOST || this == OVERDUE;
    }

    /** Something people must see: the agency lost it, is late, or the officers have it. */
    public boolean needsAttention() {
        return resubmitting() || this == ESCALATED;
    }

    /** Ended: no answer changes it any more. */
    public boolean isFinal() {
        return this == RELEASED || this == COMPLETED || this == REJECTED;
    }
}
