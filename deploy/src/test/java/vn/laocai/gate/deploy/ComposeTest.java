package vn.laocai.gate.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;

/**
 * deploy/compose runs every application with what it reads in production, as the Kubernetes
 * overlays do, with the values of .env.example standing in for the operator's .env.
 */
class ComposeTest {

    private static final Path COMPOSE = ServiceModule.REPO.resolve("deploy/compose");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?:(:?[-?])([^}]*))?}");

    static Stream<String> applications() {
        return ServiceModule.all().stream().map(ServiceModule::name);
    }

    private static Map<String, Object> services() {
        return map(map(Kustomize.Yaml2.loadOne(COMPOSE.resolve("compose.yaml"))).get("services"));
    }

    private static Map<String, Object> raw(String service) {
        return map(map(services().get(service)).get("environment"));
    }

    /** The container's environment after interpolating ${VAR...} from .env.example. */
    private static Map<String, String> environment(String service) {
        Properties dotEnv = new Properties();
        for (String line : ServiceModule.read(COMPOSE.resolve(".env.example")).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                dotEnv.setProperty(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        raw(service).forEach((k, v) -> {
            Matcher m = INTERPOLATION.matcher(String.valueOf(v));
            StringBuilder value = new StringBuilder();
            while (m.find()) {
                String set = dotEnv.getProperty(m.group(1));
                if (set == null && m.group(2) != null && m.group(2).endsWith("?")) {
                    throw new AssertionError(service + ": " + k + " needs " + m.group(1) + ", which .env.example lacks");
                }
                String resolved = set != null ? set : m.group(2) != null && m.group(2).endsWith("-") ? m.group(3) : "";
                m.appendReplacement(value, Matcher.quoteReplacement(resolved));
            }
            m.appendTail(value);
            env.put(k, value.toString());
        });
        return env;
    }

    @ParameterizedTest
    @MethodSource("applications")
    void everyApplicationGetsWhatItReadsInProduction(String app) {
        ServiceModule module = ServiceModule.named(app);
        assertThat(services().keySet()).as("compose runs %s", app).contains(app);
        Map<String, String> env = environment(app);
        List<String> missing = new ArrayList<>();
        module.requirements().values().forEach(r -> {
            String value = env.get(r.env());
            if (value == null || value.isBlank()) {
                missing.add(r.env() + " (" + r.property() + ": " + r.reason() + ")");
            } else if (r.mustNotBeLocal() && ServiceModule.isLocal(value)) {
                missing.add(r.env() + " points at localhost inside its container: " + value);
            } else if (r.credential() && !String.valueOf(raw(app).get(r.env())).startsWith("${")) {
                missing.add(r.env() + " is a credential but is not read from .env");
            }
        });
        assertThat(missing).as("settings %s needs in deploy/compose/compose.yaml", app).isEmpty();

        int port = Integer.parseInt(env.getOrDefault("QUARKUS_HTTP_PORT", String.valueOf(module.httpPort())));
        assertThat(port).isEqualTo(module.httpPort());
        assertThat(Kustomize.Yaml2.strings(map(services().get(app)).get("ports"))).contains(port + ":" + port);
        assertThat(String.valueOf(map(services().get(app)).get("image"))).startsWith("kim-thanh-gate/" + app + ":");
    }

    @ParameterizedTest
    @MethodSource("applications")
    void addressesNameTheComposeServicesThatServeThem(String app) {
        ServiceModule module = ServiceModule.named(app);
        Map<String, String> env = environment(app);
        module.databaseName().ifPresent(db -> {
            URI uri = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            assertThat(services().keySet()).contains(uri.getHost());
            assertThat(ServiceModule.databaseOf(env.get("QUARKUS_DATASOURCE_JDBC_URL"))).isEqualTo(db);
            assertThat(ServiceModule.read(COMPOSE.resolve("postgres-init.sql"))).contains("CREATE DATABASE " + db + ";");
        });
        if (module.usesKafka()) {
            assertThat(services().keySet()).contains(env.get("KAFKA_BOOTSTRAP_SERVERS").split(":")[0]);
        }
        if (module.property("mp.jwt.verify.issuer").isPresent()) {
            URI keys = URI.create(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            assertThat(services().keySet()).contains(keys.getHost());
            assertThat(environment(keys.getHost()).get("KC_HOSTNAME") + "/realms/kim-thanh")
                    .isEqualTo(env.get("MP_JWT_VERIFY_ISSUER"));
        }
    }

    @Test
    void keycloakImportsTheRealmOfTheKubernetesManifests() {
        assertThat(Kustomize.Yaml2.strings(map(services().get("keycloak")).get("volumes")))
                .contains("../kubernetes/base/keycloak/kim-thanh-realm.json:" + KeycloakRealm.IMPORT_FOLDER
                        + "/kim-thanh-realm.json:ro");
        assertThat(COMPOSE.resolve("../kubernetes/base/keycloak/kim-thanh-realm.json")).isRegularFile();
    }

    @Test
    void eachServiceChecksItsAudienceTheLifetimeAndTheClockSkewOfItsTokens() {
        for (String service : TokenSettings.SERVICES) {
            TokenSettings.assertChecked(service, environment(service));
        }
    }

    @Test
    void theSimulatorGetsShortLivedTokensFromKeycloakWithTheSecretsKeycloakImports() {
        Map<String, String> simulator = environment("agency-simulator");
        Map<String, String> keycloak = environment("keycloak");
        assertThat(URI.create(simulator.get("SIMULATOR_CALLBACK_TOKEN_URL")).getHost()).isEqualTo("keycloak");
        assertThat(simulator.get("SIMULATOR_CALLBACK_TOKEN_URL")).endsWith("/realms/kim-thanh/protocol/openid-connect/token");
        assertThat(simulator.get("SIMULATOR_CALLBACK_CLIENT_SECRET")).isEqualTo(keycloak.get("VNACCS_CLIENT_SECRET")).isNotBlank();
        assertThat(simulator.get("SIMULATOR_QUARANTINE_CALLBACK_CLIENT_SECRET"))
                .isEqualTo(keycloak.get("QUARANTINE_SYSTEM_CLIENT_SECRET")).isNotBlank();
        assertThat(simulator).doesNotContainKeys("SIMULATOR_CALLBACK_TOKEN", "SIMULATOR_QUARANTINE_CALLBACK_TOKEN");
    }
}
