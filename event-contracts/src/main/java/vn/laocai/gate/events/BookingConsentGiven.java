package vn.laocai.gate.events;

import java.time.Instant;

/**
 * A driver consented to traders linking their consignments to a booking: the booking's owner was
 * given a share code to pass on. The code itself never travels; {@code shareCodeHash} is the
 * lower-case hex SHA-256 of {@code bookingCode + ":" + shareCode}, so that clearance can check a
 * code a trader presents. A newer consent of the same booking replaces the older one.
 */
public record BookingConsentGiven(
        String bookingCode,
        String plate,
        String direction,
        String consentId,
        String shareCodeHash,
        Instant givenAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return bookingCode;
    }
}
