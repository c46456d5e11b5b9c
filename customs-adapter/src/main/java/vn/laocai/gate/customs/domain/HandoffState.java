package vn.laocai.gate.customs.domain;

/**
 * Where a handoff stands: PENDING until the agency accepted it (retried while the agency is down),
 * SUBMITTED once it holds the agency's reference, then CHANNEL_ASSIGNED and RELEASED as answers come.
 * REJECTED when the agency refused the declaration as it stands; no retry helps then.
 */
public enum HandoffState {
    PENDING, SUBMITTED, CHANNEL_ASSIGNED, RELEASED, REJECTED;

    /** Handed over and still expecting answers. */
    public boolean awaitsAnswers() {
        return this == SUBMITTED || this == CHANNEL_ASSIGNED;
    }
}
