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

    /**
     * Refuses a cancellation the stage no longer allows: a vehicle inside the gate can only be taken
     * out when it turns back (a consignment rejected), and a driver cancels only until the call-forward.
     */
    void requireCancellable(CancelReason reason, boolean turningBack, String code) {
        if (!isOpen() || (isInGateArea() && this != CALLED_FORWARD && !turningBack)) {
            throw RuleViolation.conflict("booking-not-cancellable", null,
                    "booking " + code + " is " + this + " and can no longer be cancelled");
        }
        if (reason == CancelReason.DRIVER && this != BOOKED && this != WAITING) {
            throw RuleViolation.conflict("booking-not-cancellable", null,
                    "booking " + code + " was called forward; ask the gate officer");
        }
    }

    void requireAmendable(String code) {
        if (this != BOOKED) {
            throw RuleViolation.conflict("booking-not-amendable", null,
                    "booking " + code + " is " + this + "; only a booking whose vehicle has not checked in can be amended");
        }
    }

    void requireCheckIn(String code, CancelReason cancelled, String vehicle) {
        if (this == CANCELLED) {
            throw RuleViolation.conflict("booking-cancelled", null, "booking " + code + " was cancelled (" + cancelled + ")");
        }
        if (this != BOOKED) {
            throw RuleViolation.conflict("already-checked-in", null, vehicle + " already checked in; it is " + this);
        }
    }

    void requireWaiting(String vehicle, String action) {
        if (this != WAITING) {
            throw RuleViolation.conflict("not-waiting", null,
                    vehicle + " is " + this + "; only a vehicle waiting in the yard can be given a " + action);
        }
    }

    void requireCalledForward(String vehicle) {
        if (this != CALLED_FORWARD) {
            throw RuleViolation.conflict("not-called-forward", null,
                    vehicle + " is " + this + "; only a vehicle called forward may enter the gate");
        }
    }
}
