package vn.laocai.gate.events;

import java.time.Instant;

/** A vehicle's place in the yard queue changed: an officer moved it (officer set), or declaration data gave it another priority class (officer null). */
public record VehicleReordered(
        String bookingCode,
        String plate,
        String direction,
        String priorityClass,
        Integer position,
        String reason,
        String officer,
        Instant reorderedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
