package vn.laocai.gate.queue.security;

import vn.laocai.gate.queue.domain.BookingCode;
import vn.laocai.gate.support.domain.RuleViolation;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * The token a booking's QR code carries: {@code KT2.<code>.<expiry>.<signature>}, signed with
 * HMAC-SHA256 under the gate's secret, so that a QR cannot be forged from a booking code nor
 * outlive its booking. The check-in scanner sends it back; only a valid signature checks in.
 */
public final class BookingToken {

    private static final String PREFIX = "KT2";
    private final byte[] secret;

    public BookingToken(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the QR signing secret must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String bookingCode, Instant expiresAt) {
        String body = PREFIX + "." + bookingCode + "." + expiresAt.getEpochSecond();
        return body + "." + mac(body);
    }

    /**
     * The booking code the token was signed for.
     *
     * @throws RuleViolation (field {@code qrToken}) when it is malformed, forged or expired
     */
    public String verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.");
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !BookingCode.isWellFormed(parts[1]) || !parts[2].matches("\\d{1,12}")) {
            throw new RuleViolation("invalid-qr", "qrToken", "qrToken is not a booking QR of this gate").keyed("malformed");
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw new RuleViolation("invalid-qr", "qrToken", "qrToken carries no valid signature of this gate").keyed("signature");
        }
        if (now.isAfter(Instant.ofEpochSecond(Long.parseLong(parts[2])))) {
            throw new RuleViolation("expired-qr", "qrToken", "qrToken expired; book again or ask the officer to check in by plate");
        }
        return parts[1];
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
