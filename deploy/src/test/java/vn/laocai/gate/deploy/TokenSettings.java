package vn.laocai.gate.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token checks of RFC 8725 as a deployment sets them: each service its own audience, a lifetime of at
 * most 12 h, a clock skew of at most 60 s, the same everywhere; the defaults come from service-support.
 */
final class TokenSettings {

    static final List<String> SERVICES = List.of("vehicle-queue-service", "clearance-service", "customs-adapter",
            "notification-service");
    static final long MAX_LIFETIME_SECONDS = 12 * 3600;
    static final long MAX_CLOCK_SKEW_SECONDS = 60;

    private TokenSettings() {
    }

    /** service-support's {@code META-INF/microprofile-config.properties}, below every service's own settings. */
    static Map<String, String> supportDefaults() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(ServiceModule.REPO.resolve(
                "service-support/src/main/resources/META-INF/microprofile-config.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> all = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k).trim()));
        return all;
    }

    /**
     * Asserts what a service's environment ({@code env}: variable to value, null when unset) makes of the
     * token checks: its own audience, lifetime and skew within the bounds.
     */
    static void assertChecked(String service, Map<String, String> env) {
        assertThat(env.get("MP_JWT_VERIFY_AUDIENCES")).as("%s's audience", service).isEqualTo(service);
        long lifetime = Long.parseLong(env.getOrDefault("SMALLRYE_JWT_TIME_TO_LIVE",
                supportDefaults().get("smallrye.jwt.time-to-live")));
        assertThat(lifetime).as("%s's longest token lifetime (s)", service).isPositive().isLessThanOrEqualTo(MAX_LIFETIME_SECONDS);
        long skew = Long.parseLong(env.getOrDefault("MP_JWT_VERIFY_CLOCK_SKEW", supportDefaults().get("mp.jwt.verify.clock.skew")));
        assertThat(skew).as("%s's clock skew (s)", service).isBetween(0L, MAX_CLOCK_SKEW_SECONDS);
    }
}
