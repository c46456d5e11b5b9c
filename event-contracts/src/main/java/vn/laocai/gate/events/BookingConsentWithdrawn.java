package vn.laocai.gate.events;

import java.time.Instant;

/**
 * The driver withdrew the consent {@code consentId} before check-in: its share code no longer links a
 * consignment, and the links made with it are to be undone.
 */
public record BookingConsentWithdrawn(
        String bookingCode,
        String plate,
        String consentId,
        Instant withdrawnAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
