package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/**
 * A gate officer lifted a booking block before its end ({@code blockedUntil}), with a reason: the subject may book
 * again. {@code bookingCodes} are those of the strikes that led to the block, as in {@link BookingBlocked}. Keyed by
 * {@code block:<blockId>}.
 */
public record BookingBlockLifted(
        String blockId,
        String subject,
        String cause,
        List<String> bookingCodes,
        Instant blockedUntil,
        String liftedBy,
        String reason,
        Instant liftedAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return "block:" + blockId;
    }
}
