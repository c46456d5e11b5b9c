package vn.laocai.gate.queue.domain;

/**
 * Where a booked crossing stands: booked, waiting in the yard queue, called forward to the gate
 * area, inside the gate (control area), released (cleared, may leave), gone, or cancelled.
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
}
