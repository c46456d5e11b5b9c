package vn.laocai.gate.queue.security;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Checks a booking QR with nothing but the gate's public keys, as a yard device does without the
 * network: it holds the JWK set of {@code GET /api/bookings/qr-keys} (fetched while online, refreshed
 * daily) and verifies the QR's compact JWS (ES256, the key named by {@code kid}) and its expiry, then
 * shows the booking code, plate and slot it vouches for. Any JOSE library does the same with that set;
 * this class is the reference, and the service's own check-in runs it too.
 *
 * <pre>{@code
 * QrVerifier verifier = QrVerifier.ofJwkSet(Files.readString(Path.of("qr-keys.json")));
 * QrClaims qr = verifier.verify(scanned, Instant.now()); // RuleViolation invalid-qr / expired-qr otherwise
 * }</pre>
 *
 * The claims: {@code b} the booking code, {@code p} the plate (normalised: upper case, no separators),
 * {@code s} the slot hour's start and {@code exp} the expiry, both in seconds since the epoch. Names are
 * one letter to keep the QR small; {@code exp} is the registered claim, so that generic JWT tools check it.
 */
public final class QrVerifier {

    /** Three base64url parts: header, payload, signature. */
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final JsonWebKeySet keys;

    QrVerifier(JsonWebKeySet keys) {
        this.keys = keys;
    }

    /** A verifier of the QRs signed by any key of {@code jwkSetJson} (an RFC 7517 JWK set of EC P-256 public keys). */
    public static QrVerifier ofJwkSet(String jwkSetJson) {
        try {
            return new QrVerifier(new JsonWebKeySet(jwkSetJson));
        } catch (JoseException e) {
            throw new IllegalArgumentException("not a JWK set: " + e.getMessage(), e);
        }
    }

    /**
     * What the QR vouches for.
     *
     * @throws RuleViolation {@code invalid-qr} (field {@code qrToken}) when it is no compact JWS, names no key of the set or
     *                       its signature does not verify; {@code expired-qr} after its expiry
     */
    public QrClaims verify(String compact, Instant now) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setRequireExpirationTime()
                .setEvaluationTime(NumericDate.fromSeconds(now.getEpochSecond()))
                .setAllowedClockSkewInSeconds(0)
                .setSkipDefaultAudienceValidation()
                .build();
        String token = compact == null ? "" : compact.strip();
        if (!COMPACT_JWS.matcher(token).matches()) {
            throw QrClaims.malformed();
        }
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            // the signature is checked first: an expired QR is reported so only when its signature holds
            throw e.hasExpired() ? QrClaims.expired() : QrClaims.badSignature();
        }
        try {
            String code = claims.getStringClaimValue("b");
            String plate = claims.getStringClaimValue("p");
            Number slot = claims.getClaimValue("s", Number.class);
            if (code == null || plate == null || slot == null) {
                throw QrClaims.malformed();
            }
            return new QrClaims(code, plate, Instant.ofEpochSecond(slot.longValue()),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (MalformedClaimException e) {
            throw QrClaims.malformed();
        }
    }
}
