package vn.laocai.gate.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

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

    /**
     * The {@code shareCodeHash} of a share code, as the queue writes it and clearance checks it:
     * lower-case hex SHA-256 of {@code bookingCode + ":" + shareCode}, the share code already
     * normalised (upper case, {@code XXXX-XXXX}).
     */
    public static String shareCodeHash(String bookingCode, String normalisedShareCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((bookingCode + ":" + normalisedShareCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
