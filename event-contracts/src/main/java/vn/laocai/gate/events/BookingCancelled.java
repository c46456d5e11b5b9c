package vn.laocai.gate.events;

import java.time.Instant;

/** A booking was cancelled by its driver, by an officer, for a no-show or by a gate closure. */
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
