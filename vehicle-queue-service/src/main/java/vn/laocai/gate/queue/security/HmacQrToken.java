package vn.laocai.gate.queue.security;

import vn.laocai.gate.queue.domain.BookingCode;
import vn.laocai.gate.support.domain.RuleViolation;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The QR token of the bookings made before the QR was signed with the gate's asymmetric key
 * ({@link QrKeys}): {@code KT2.<code>.<expiry>.<HMAC-SHA256>} under a secret only the platform holds.
 * No new QR carries it; check-in still accepts it until it expires, as long as the secret stays
 * configured ({@code gate.queue.qr.secret}, see the README's "QR"). {@link #sign} is kept for that
 * transition's tests: it makes the QR of a booking of the previous release.
 */
public final class HmacQrToken {

    static final String PREFIX = "KT2";
    private final byte[] secret;

    public HmacQrToken(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the QR signing secret must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code token} has this token's form (it may still be forged or expired). */
    static boolean looksLike(String token) {
        return token != null && token.strip().startsWith(PREFIX + ".");
    }

    public String sign(String bookingCode, Instant expiresAt) {
        String body = PREFIX + "." + bookingCode + "." + expiresAt.getEpochSecond();
        return body + "." + mac(body);
    }

    /**
     * What the token was signed for: the booking code and the expiry (no plate, no slot: the old QR did not carry them).
     *
     * @throws RuleViolation (field {@code qrToken}) when it is malformed, forged or expired
     */
    public QrClaims verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.");
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !BookingCode.isWellFormed(parts[1]) || !parts[2].matches("\\d{1,12}")) {
            throw QrClaims.malformed();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw QrClaims.badSignature();
        }
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (now.isAfter(expiry)) {
            throw QrClaims.expired();
        }
        return new QrClaims(parts[1], null, null, expiry);
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
