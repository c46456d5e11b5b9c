package vn.laocai.gate.queue.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The booking QRs: new ones are compact JWS signed with the gate's EC key ({@link QrKeys}); at check-in
 * a signed QR is verified with the public keys alone ({@link QrVerifier}), and the HMAC token of the
 * previous release ({@link HmacQrToken}) still checks in until it expires, while its secret is configured.
 * Without that secret an HMAC token is refused like any unknown QR.
 */
public final class QrTokens {

    private final QrKeys keys;
    private final QrVerifier verifier;
    private final Optional<HmacQrToken> legacy;
    /**
     * The QR issued for each booking as it is: an ECDSA signature differs each time it is made, and a driver's phone
     * asking again must get the same QR (and its image the same ETag, a 304). Another instance issues another, equally
     * valid one. Dropped a day after its last use, and signed again when asked.
     */
    private final Cache<QrClaims, String> issued = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofDays(1)).build();

    public QrTokens(QrKeys keys, Optional<HmacQrToken> legacy) {
        this.keys = keys;
        this.verifier = keys.verifier();
        this.legacy = legacy;
    }

    /** The QR of a booking's code, plate and slot, valid until {@code expiresAt}. */
    public String issue(String bookingCode, String plate, Instant slotStart, Instant expiresAt) {
        return issued.get(new QrClaims(bookingCode, plate, slotStart, expiresAt), keys::sign);
    }

    /**
     * What a scanned QR vouches for.
     *
     * @throws vn.laocai.gate.support.domain.RuleViolation {@code invalid-qr} or {@code expired-qr}, field {@code qrToken}
     */
    public QrClaims verify(String token, Instant now) {
        if (HmacQrToken.looksLike(token)) {
            return legacy.orElseThrow(QrClaims::badSignature).verify(token, now);
        }
        return verifier.verify(token, now);
    }

    /** The public keys, for {@code GET /api/bookings/qr-keys}. */
    public String jwkSetJson() {
        return keys.jwkSetJson();
    }
}
