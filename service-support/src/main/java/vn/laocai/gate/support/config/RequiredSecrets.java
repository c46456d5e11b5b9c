package vn.laocai.gate.support.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Refuses a production start with a secret that is missing or one of the development values: every setting
 * named in {@code gate.secrets.required} (each service lists its own: the audit key, the QR secret, agency
 * passwords, the SMS key) must hold a value that is not blank and not in {@code gate.secrets.development-values}.
 * The check runs when {@code gate.secrets.enforced} is true, which the {@code prod} profile sets (the profile of
 * a packaged app started with {@code java -jar}); development and test runs keep their fixed values. A refusal
 * names every setting at fault and the environment variable that sets it, never a value.
 */
@ApplicationScoped
public class RequiredSecrets {

    private static final Logger LOG = Logger.getLogger(RequiredSecrets.class);

    void check(@Observes StartupEvent event, Config config) {
        if (!config.getOptionalValue("gate.secrets.enforced", Boolean.class).orElse(false)) {
            return;
        }
        List<String> required = config.getOptionalValues("gate.secrets.required", String.class).orElse(List.of());
        Set<String> development = Set.copyOf(config.getOptionalValues("gate.secrets.development-values", String.class)
                .orElse(List.of()));
        List<String> refusals = refusals(required, name -> value(config, name), development);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(message(refusals));
        }
        LOG.infof("Secrets checked: %s", String.join(", ", required));
    }

    /** What is wrong with each of {@code required} (empty: all set), in their order. */
    public static List<String> refusals(List<String> required, Function<String, Optional<String>> valueOf,
                                        Set<String> developmentValues) {
        List<String> refusals = new ArrayList<>();
        for (String name : required) {
            Optional<String> value = valueOf.apply(name).map(String::strip).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                refusals.add(name + " is not set (" + environmentVariable(name) + ")");
            } else if (developmentValues.contains(value.get())) {
                refusals.add(name + " holds a development value (set " + environmentVariable(name) + " from a secret)");
            }
        }
        return refusals;
    }

    /** The start's failure message for {@code refusals}. */
    public static String message(List<String> refusals) {
        return "Refusing to start in production with a missing or development secret: " + String.join("; ", refusals);
    }

    /** The environment variable MicroProfile Config reads for {@code property}, e.g. GATE_AUDIT_KEY. */
    static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Optional<String> value(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            // an expression naming a setting that is not there (${gate.customs.vnaccs.password}): not set
            return Optional.empty();
        }
    }
}
