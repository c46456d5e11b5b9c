package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

/**
 * Where a booked crossing stands: booked, waiting in the yard queue, called forward to the gate
 * area, inside the gate (control area), released (cleared, may leave), gone, or cancelled. It
 * knows which changes each stage still allows.
 */
public enum BookingStatus {
    BOOKED, WAITING, CALLED_FORWARD, IN_GATE, RELEASED, EXITED, CANCELLED;

    /** Whether the booking still holds a slot or a place: not yet gone and not cancelled. */
    public boolean isOpen() {
        return this != EXITED && this != CANCELLED;
    }

    /** Whether the vehicle is past the yard: called forward, in the gate or released. */
    public boolean isInGateArea() {
        return this == CALLED_FORWARD || this == IN_GATE || this == RELEASED;
    }

    /** Whether the vehicle is at the gate: checked in and not yet gone (waiting, called forward, in the gate or released). */
    public boolean isInYardOrGate() {
        return this == WAITING || isInGateArea();
    }

    /**
     * Refuses a cancellation the stage no longer allows: a vehicle inside the gate can only be taken
     * out when it turns back (a consignment rejected), and a driver cancels only until the call-forward.
     */
    void requireCancellable(CancelReason reason, boolean turningBack, String code) {
        if (!isOpen() || (isInGateArea() && this != CALLED_FORWARD && !turningBack)) {
            throw RuleViolation.conflict("booking-not-cancellable", null,
                    "booking " + code + " is " + this + " and can no longer be cancelled").with("code", code).with("status", this);
        }
        if (reason == CancelReason.DRIVER && this != BOOKED && this != WAITING) {
            throw RuleViolation.conflict("booking-not-cancellable", null,
                    "booking " + code + " was called forward; ask the gate officer").keyed("called-forward").with("code", code);
        }
    }

    void requireAmendable(String code) {
        if (this != BOOKED) {
            throw RuleViolation.conflict("booking-not-amendable", null,
                    "booking " + code + " is " + this + "; only a booking whose vehicle has not checked in can be amended")
                    .with("code", code).with("status", this);
        }
    }

    void requireCheckIn(String code, CancelReason cancelled, String plate) {
        if (this == CANCELLED) {
            throw RuleViolation.conflict("booking-cancelled", null, "booking " + code + " was cancelled (" + cancelled + ")")
                    .with("code", code).with("reason", cancelled);
        }
        if (this != BOOKED) {
            throw RuleViolation.conflict("already-checked-in", null, "vehicle " + plate + " already checked in; it is " + this)
                    .with("plate", plate).with("status", this);
        }
    }

    void requireWaiting(String plate, String action) {
        if (this != WAITING) {
            throw RuleViolation.conflict("not-waiting", null,
                    "vehicle " + plate + " is " + this + "; only a vehicle waiting in the yard can be given a " + action)
                    .with("plate", plate).with("status", this).with("action", action);
        }
    }

    void requireCalledForward(String plate) {
        if (this != CALLED_FORWARD) {
            throw RuleViolation.conflict("not-called-forward", null,
                    "vehicle " + plate + " is " + this + "; only a vehicle called forward may enter the gate").with("plate", plate).with("status", this);
        }
    }
}
