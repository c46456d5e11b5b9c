package vn.laocai.gate.support.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The check smallrye-jwt leaves out (RFC 8725, section 3.10 asks for it): a token whose {@code iat} lies
 * in the future by more than the allowed clock skew is refused. smallrye-jwt itself refuses a missing
 * {@code exp} or {@code iat}, an expired token, and a lifetime ({@code exp - iat}) over
 * {@code smallrye.jwt.time-to-live}; this class only adds the one missing comparison.
 */
public final class IssuedAtCheck {

    private final Duration clockSkew;

    public IssuedAtCheck(Duration clockSkew) {
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("A clock skew cannot be negative: " + clockSkew);
        }
        this.clockSkew = clockSkew;
    }

    /**
     * Why a token issued at {@code issuedAtSeconds} (seconds since the epoch) cannot be accepted at {@code now},
     * or empty when it can.
     */
    public Optional<String> refusal(long issuedAtSeconds, Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(issuedAtSeconds);
        if (issuedAt.isAfter(now.plus(clockSkew))) {
            return Optional.of("the token is issued in the future (iat " + issuedAt + ", now " + now
                    + ", allowed clock skew " + clockSkew.toSeconds() + " s)");
        }
        return Optional.empty();
    }
}
