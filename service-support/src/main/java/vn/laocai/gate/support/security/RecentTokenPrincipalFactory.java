package vn.laocai.gate.support.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/**
 * Parses and verifies bearer tokens as smallrye-jwt does (signature, issuer, audience, {@code exp},
 * {@code iat}, lifetime), then refuses a token issued in the future beyond the clock skew
 * ({@code mp.jwt.verify.clock.skew}), which smallrye-jwt accepts ({@link IssuedAtCheck}). A refusal is a
 * {@link ParseException}: the request is answered 401 as problem+json, as any other refused token.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RecentTokenPrincipalFactory extends DefaultJWTCallerPrincipalFactory {

    private static final Logger LOG = Logger.getLogger(RecentTokenPrincipalFactory.class);

    private final Clock clock;

    public RecentTokenPrincipalFactory() {
        this(Clock.systemUTC());
    }

    RecentTokenPrincipalFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal principal = super.parse(token, authContextInfo);
        var refusal = new IssuedAtCheck(Duration.ofSeconds(authContextInfo.getClockSkew()))
                .refusal(principal.getIssuedAtTime(), clock.instant());
        if (refusal.isPresent()) {
            LOG.debugf("Token refused: %s", refusal.get());
            throw new ParseException(refusal.get());
        }
        return principal;
    }
}
