package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A booking was cancelled by its driver, by an officer, for a no-show, by a gate closure, by a release of its vehicle,
 * or for want of a declaration linked to a loaded booking in time ({@code NO_DECLARATION}).
 */
public record BookingCancelled(
        String bookingCode,
        String plate,
        String reason,
        String remarks,
        Instant cancelledAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
