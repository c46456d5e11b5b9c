package vn.laocai.gate.queue.security;

import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;

/**
 * What a booking QR vouches for: the booking code, the vehicle's plate (normalised, as {@code Plate.value()}),
 * the start of its slot hour and when the QR expires. The QR of the previous release ({@link HmacQrToken})
 * carried only the code and the expiry: {@code plate} and {@code slotStart} are null for it.
 */
public record QrClaims(String bookingCode, String plate, Instant slotStart, Instant expiresAt) {

    /** Whether this QR was issued for the booking as it is now: its vehicle and its current slot (an old QR only names the code). */
    public boolean isCurrentFor(String bookingPlate, Instant bookingSlotStart) {
        return (plate == null || plate.equals(bookingPlate)) && (slotStart == null || slotStart.equals(bookingSlotStart));
    }

    static RuleViolation malformed() {
        return new RuleViolation("invalid-qr", "qrToken", "qrToken is not a booking QR of this gate").keyed("malformed");
    }

    static RuleViolation badSignature() {
        return new RuleViolation("invalid-qr", "qrToken", "qrToken carries no valid signature of this gate").keyed("signature");
    }

    static RuleViolation expired() {
        return new RuleViolation("expired-qr", "qrToken", "qrToken expired; book again or ask the officer to check in by plate");
    }
}
