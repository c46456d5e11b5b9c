package vn.laocai.gate.events;

import java.time.Instant;

/** A booked vehicle checked in at the yard and joined the queue of its direction. */
public record VehicleCheckedIn(
        String bookingCode,
        String plate,
        String direction,
        String priorityClass,
        Instant checkedInAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
