package vn.laocai.gate.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tokens a service must refuse although they are signed by the key it trusts and name its issuer (RFC 8725):
 * no {@code aud}, another service's {@code aud} only, a lifetime of ten years, an {@code iat} an hour ahead,
 * an {@code exp} passed. For the services' security tests, by what is wrong with each.
 */
public final class RefusedTokens {

    private RefusedTokens() {
    }

    /**
     * The tokens for {@code username} with {@code roles} that service {@code audience} must answer with 401,
     * each named by what is wrong with it.
     */
    public static Map<String, String> forService(DevIdentity identity, String audience, String username, String... roles) {
        String other = DevIdentity.AUDIENCES.stream().filter(a -> !a.equals(audience)).sorted().findFirst().orElseThrow();
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no aud", identity.tokenChanged(username, c -> c.remove("aud"), roles));
        tokens.put("aud of " + other + " only", identity.tokenChanged(username, c -> c.audience(Set.of(other)), roles));
        tokens.put("valid for ten years", identity.tokenChanged(username,
                c -> c.issuedAt(now).expiresAt(now.plus(Duration.ofDays(3650))), roles));
        tokens.put("issued an hour ahead", identity.tokenChanged(username,
                c -> c.issuedAt(now.plus(Duration.ofHours(1))).expiresAt(now.plus(Duration.ofHours(2))), roles));
        tokens.put("expired an hour ago", identity.tokenChanged(username,
                c -> c.issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1))), roles));
        return tokens;
    }
}
