package vn.laocai.gate.events;

import java.time.Instant;

/** The border guard's system finished the immigration check of a vehicle and its driver. */
public record BorderCheckCompleted(
        String bookingCode,
        String plate,
        String outcome,
        String reason,
        Instant completedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
