package vn.laocai.gate.customs.domain;

/**
 * Where a handoff stands: PENDING until the agency accepted it (retried while the agency is down),
 * SUBMITTED once it holds the agency's reference. Customs handoffs go on to CHANNEL_ASSIGNED and
 * RELEASED; the other systems end COMPLETED with their one decisive answer. REJECTED when the
 * agency refused the handoff; no retry helps then.
 */
public enum HandoffState {
    PENDING, SUBMITTED, CHANNEL_ASSIGNED, RELEASED, COMPLETED, REJECTED;

    /** Handed over and still expecting answers. */
    public boolean awaitsAnswers() {
        return this == SUBMITTED || this == CHANNEL_ASSIGNED;
    }

    /** Ended: no answer changes it any more. */
    public boolean isFinal() {
        return this == RELEASED || this == COMPLETED || this == REJECTED;
    }
}
