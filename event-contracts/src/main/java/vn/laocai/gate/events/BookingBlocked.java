package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/**
 * An account, a carrier or a vehicle reached the limit of no-shows or late cancellations and may not book until
 * {@code blockedUntil}. {@code subject} is {@code account:<name>}, {@code carrier:<tax code>} or {@code plate:<plate>};
 * {@code cause} is {@code NO_SHOW} or {@code LATE_CANCELLATION}; {@code strikes} of them counted within
 * {@code windowDays} days, those of the bookings {@code bookingCodes} (whose owner accounts are the people told).
 * Keyed by {@code block:<blockId>}.
 */
public record BookingBlocked(
        String blockId,
        String subject,
        String cause,
        int strikes,
        int windowDays,
        List<String> bookingCodes,
        Instant blockedAt,
        Instant blockedUntil) implements GateEvent {

    @Override
    public String aggregateId() {
        return "block:" + blockId;
    }
}
