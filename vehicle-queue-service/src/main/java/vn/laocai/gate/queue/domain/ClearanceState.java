package vn.laocai.gate.queue.domain;

/**
 * What the clearance of a vehicle's consignments allows, as far as the queue is concerned:
 * nothing declared yet, declared, ready for the gate (may be called forward), held (may not),
 * cleared (may be released), rejected (must turn back).
 */
public enum ClearanceState {
    NONE, DECLARED, READY, HELD, CLEARED, REJECTED;

    /** Cleared and rejected are final for a consignment: later events of other kinds do not undo them. */
    public boolean isFinal() {
        return this == CLEARED || this == REJECTED;
    }
}
