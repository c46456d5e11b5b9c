package vn.laocai.gate.queue.domain;

import java.util.Collection;
import java.util.List;

/**
 * What the clearance of a vehicle's consignments allows, as far as the queue is concerned:
 * nothing declared yet, declared, ready for the gate (may be called forward), held (may not),
 * cleared (may be released), rejected (must turn back).
 */
public enum ClearanceState {
    NONE, DECLARED, READY, HELD, CLEARED, REJECTED,
    /**
     * The consignment no longer rides on this vehicle: the driver withdrew the consent it was linked
     * under, or it was declared under a consent already withdrawn. Final, and left out of the state
     * of the vehicle's consignments together.
     */
    UNLINKED;

    /**
     * The clearance of a vehicle's consignments together: none without any; rejected if one is;
     * cleared when all are; held if one is; ready when all are ready or cleared; else declared.
     */
    public static ClearanceState of(Collection<Consignment> consignments) {
        List<ClearanceState> states = consignments.stream().map(Consignment::state).filter(s -> s != UNLINKED).toList();
        if (states.isEmpty()) {
            return NONE;
        }
        if (states.contains(REJECTED)) {
            return REJECTED;
        }
        if (states.stream().allMatch(s -> s == CLEARED)) {
            return CLEARED;
        }
        if (states.contains(HELD)) {
            return HELD;
        }
        if (states.stream().allMatch(s -> s == READY || s == CLEARED)) {
            return READY;
        }
        return DECLARED;
    }

    /** Cleared, rejected and unlinked are final for a consignment: later events of other kinds do not undo them. */
    public boolean isFinal() {
        return this == CLEARED || this == REJECTED || this == UNLINKED;
    }
}
