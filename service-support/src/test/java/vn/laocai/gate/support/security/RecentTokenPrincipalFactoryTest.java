package vn.laocai.gate.support.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** smallrye-jwt accepts a token issued in the future; the factory the services use does not. */
class RecentTokenPrincipalFactoryTest {

    static final String ISSUER = "urn:test-identity";

    @Test
    void a_token_issued_an_hour_ahead_passes_smallrye_jwt_alone_but_is_refused() throws Exception {
        KeyPair keys = keys();
        JWTAuthContextInfo context = context(keys);
        Instant now = Instant.now();
        String ahead = Jwt.issuer(ISSUER).subject("someone").audience("vehicle-queue-service")
                .issuedAt(now.plus(Duration.ofHours(1))).expiresAt(now.plus(Duration.ofHours(2))).sign(keys.getPrivate());

        assertThat(new DefaultJWTCallerPrincipalFactory().parse(ahead, context).getSubject()).isEqualTo("someone");
        assertThatThrownBy(() -> new RecentTokenPrincipalFactory().parse(ahead, context))
                .isInstanceOf(ParseException.class).hasMessageContaining("issued in the future");
    }

    @Test
    void a_token_issued_now_is_accepted_and_the_other_checks_still_apply() throws Exception {
        KeyPair keys = keys();
        JWTAuthContextInfo context = context(keys);
        Instant now = Instant.now();
        String good = Jwt.issuer(ISSUER).subject("someone").audience("vehicle-queue-service")
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(12))).sign(keys.getPrivate());
        String tenYears = Jwt.issuer(ISSUER).subject("someone").audience("vehicle-queue-service")
                .issuedAt(now).expiresAt(now.plus(Duration.ofDays(3650))).sign(keys.getPrivate());
        String otherAudience = Jwt.issuer(ISSUER).subject("someone").audience("clearance-service")
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))).sign(keys.getPrivate());

        assertThat(new RecentTokenPrincipalFactory().parse(good, context).getSubject()).isEqualTo("someone");
        assertThatThrownBy(() -> new RecentTokenPrincipalFactory().parse(tenYears, context)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> new RecentTokenPrincipalFactory().parse(otherAudience, context)).isInstanceOf(ParseException.class);
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** As the services' settings make it: their audience, 12 h at most, 60 s of skew. */
    private static JWTAuthContextInfo context(KeyPair keys) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
        context.setExpectedAudience(java.util.Set.of("vehicle-queue-service"));
        context.setMaxTimeToLiveSecs(Duration.ofHours(12).toSeconds());
        context.setClockSkew(60);
        return context;
    }
}
