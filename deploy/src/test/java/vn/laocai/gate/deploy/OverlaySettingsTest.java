package vn.laocai.gate.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/**
 * Every overlay gives each application it deploys what the application reads in production: the
 * settings of its application.properties that have no usable default, on the port it listens on,
 * with probes on its health endpoints, wired to its own database, Kafka user and the realm's keys.
 */
class OverlaySettingsTest {

    @Test
    void everyOverlayDeploysEveryApplicationButTheOptionalOnes() {
        assertThat(ServiceModule.all()).extracting(ServiceModule::name)
                .contains("vehicle-queue-service", "clearance-service", "customs-adapter", "notification-service",
                        "agency-simulator");
        for (String overlay : Overlays.names().toList()) {
            for (ServiceModule app : ServiceModule.all()) {
                if (!Overlays.OPTIONAL_APPS.contains(app.name())) {
                    assertThat(Overlays.render(overlay).find("Deployment", app.name()))
                            .as("overlay %s deploys %s", overlay, app).isPresent();
                }
            }
        }
        for (String optional : Overlays.OPTIONAL_APPS) {
            assertThat(Overlays.names().filter(o -> Overlays.render(o).find("Deployment", optional).isPresent()))
                    .as("some overlay deploys %s", optional).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vn.laocai.gate.deploy.Overlays#deployedApps")
    void everySettingWithoutAUsableDefaultIsProvided(String overlay, String appName) {
        ServiceModule app = ServiceModule.named(appName);
        Workloads w = Overlays.render(overlay);
        Map<String, ContainerEnv.Variable> env = ContainerEnv.of(Overlays.container(w, appName), w);
        List<String> missing = new ArrayList<>();
        app.requirements().values().forEach(r -> {
            ContainerEnv.Variable v = env.get(r.env());
            if (v == null) {
                missing.add(r.env() + " (" + r.property() + ": " + r.reason() + ")");
            } else if (v.literal().filter(String::isBlank).isPresent()) {
                missing.add(r.env() + " is empty");
            } else if (r.mustNotBeLocal() && v.literal().filter(ServiceModule::isLocal).isPresent()) {
                missing.add(r.env() + " points at localhost: " + v.value());
            } else if (r.credential() && v.secret() == null) {
                missing.add(r.env() + " is a credential but does not come from a Secret");
            }
        });
        assertThat(missing).as("settings %s needs in overlay %s (add them to deploy/kubernetes)", appName, overlay)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vn.laocai.gate.deploy.Overlays#deployedApps")
    void containerPortAndProbesMatchTheApplication(String overlay, String appName) {
        ServiceModule app = ServiceModule.named(appName);
        Workloads w = Overlays.render(overlay);
        Map<String, Object> container = Overlays.container(w, appName);
        Map<String, ContainerEnv.Variable> env = ContainerEnv.of(container, w);
        int port = env.containsKey("QUARKUS_HTTP_PORT")
                ? Integer.parseInt(env.get("QUARKUS_HTTP_PORT").value()) : app.httpPort();
        assertThat(port).as("%s listens on the port of its application.properties", appName).isEqualTo(app.httpPort());
        Map<String, Object> http = maps(container.get("ports")).stream().filter(p -> "http".equals(p.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(appName + " has no container port named http"));
        assertThat(http.get("containerPort")).isEqualTo(port);

        assertThat(app.hasHealthEndpoints()).as("%s carries quarkus-smallrye-health", appName).isTrue();
        assertProbe(container, "livenessProbe", "/q/health/live", port);
        assertProbe(container, "readinessProbe", "/q/health/ready", port);

        Map<String, Object> service = w.get("Service", appName);
        assertThat(Workloads.selects(Map.of("matchLabels", Workloads.spec(service).get("selector")),
                Workloads.podLabels(w.get("Deployment", appName)))).as("Service %s selects its pods", appName).isTrue();
        assertThat(maps(Workloads.spec(service).get("ports")))
                .anySatisfy(p -> assertThat(p.get("targetPort")).isIn("http", port));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vn.laocai.gate.deploy.Overlays#deployedApps")
    void metricsAreScrapedOnTheManagementPortNotTheHttpPort(String overlay, String appName) {
        ServiceModule app = ServiceModule.named(appName);
        if (app.managementPort().isEmpty()) {
            return;
        }
        int port = app.managementPort().get();
        Workloads w = Overlays.render(overlay);
        Map<String, Object> container = Overlays.container(w, appName);
        assertThat(ContainerEnv.of(container, w)).as("%s keeps the management port of its application.properties", appName)
                .doesNotContainKey("QUARKUS_MANAGEMENT_PORT");
        assertThat(maps(container.get("ports"))).as("%s names its management port", appName)
                .anySatisfy(p -> {
                    assertThat(p.get("name")).isEqualTo("management");
                    assertThat(p.get("containerPort")).isEqualTo(port);
                });
        Map<String, Object> annotations = map(map(map(Workloads.spec(w.get("Deployment", appName)).get("template"))
                .get("metadata")).get("annotations"));
        assertThat(annotations.get("prometheus.io/port")).as("%s is scraped on its management port", appName)
                .isEqualTo(String.valueOf(port));
    }

    @Test
    void prometheusScrapesTheServicesOnTheirManagementPorts() {
        List<String> monitored = Overlays.names().filter(o -> Overlays.render(o).find("PodMonitor", "gate-services").isPresent())
                .toList();
        assertThat(monitored).as("some overlay has the monitoring component").isNotEmpty();
        for (String overlay : monitored) {
            Map<String, Object> monitor = Overlays.render(overlay).find("PodMonitor", "gate-services").orElseThrow();
            assertThat(maps(Workloads.spec(monitor).get("podMetricsEndpoints"))).as(overlay)
                    .allSatisfy(e -> assertThat(e.get("port")).isEqualTo("management"));
        }
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path, int port) {
        Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
        assertThat(get.get("path")).as(probe).isEqualTo(path);
        assertThat(get.get("port")).as(probe + " port").isIn("http", port);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vn.laocai.gate.deploy.Overlays#deployedApps")
    void databaseIsTheApplicationsOwnCluster(String overlay, String appName) {
        ServiceModule app = ServiceModule.named(appName);
        if (app.databaseName().isEmpty()) {
            return;
        }
        Workloads w = Overlays.render(overlay);
        Map<String, ContainerEnv.Variable> env = ContainerEnv.of(Overlays.container(w, appName), w);
        String url = env.get("QUARKUS_DATASOURCE_JDBC_URL").value();
        URI uri = URI.create(url.substring("jdbc:".length()));
        assertThat(uri.getHost()).as("%s connects to a CloudNativePG read-write service", appName).endsWith("-rw");
        String cluster = uri.getHost().substring(0, uri.getHost().length() - 3);
        Map<String, Object> initdb = map(map(Workloads.spec(w.get("Cluster", cluster)).get("bootstrap")).get("initdb"));
        assertThat(ServiceModule.databaseOf(url)).isEqualTo(app.databaseName().get()).isEqualTo(initdb.get("database"));
        assertThat(uri.getPort()).isEqualTo(5432);
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME").secret()).isEqualTo(cluster + "-app");
        assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").secret()).isEqualTo(cluster + "-app");
        assertThat(w.ofKind("Cluster").stream().filter(c -> map(map(Workloads.spec(c).get("bootstrap")).get("initdb"))
                .get("database").equals(initdb.get("database")))).as("one cluster per database").hasSize(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vn.laocai.gate.deploy.Overlays#deployedApps")
    void kafkaClientMatchesTheListenerAndUsesTheApplicationsOwnUser(String overlay, String appName) {
        ServiceModule app = ServiceModule.named(appName);
        if (!app.usesKafka()) {
            return;
        }
        Workloads w = Overlays.render(overlay);
        Map<String, ContainerEnv.Variable> env = ContainerEnv.of(Overlays.container(w, appName), w);
        String[] bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS").value().split(":");
        assertThat(bootstrap[0]).endsWith("-kafka-bootstrap");
        Map<String, Object> kafka = w.get("Kafka", bootstrap[0].substring(0, bootstrap[0].length() - "-kafka-bootstrap".length()));
        Map<String, Object> listener = maps(map(Workloads.spec(kafka).get("kafka")).get("listeners")).stream()
                .filter(l -> String.valueOf(l.get("port")).equals(bootstrap[1])).findFirst()
                .orElseThrow(() -> new AssertionError("no listener on port " + bootstrap[1]));
        assertThat(map(listener.get("authentication")).get("type")).isEqualTo("scram-sha-512");
        assertThat(env.get("KAFKA_SASL_MECHANISM").value()).isEqualTo("SCRAM-SHA-512");
        assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").secret()).as("%s signs in as its own KafkaUser", appName)
                .isEqualTo(appName);
        if (Boolean.TRUE.equals(listener.get("tls"))) {
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL").value()).isEqualTo("SASL_SSL");
            assertThat(env.get("KAFKA_SSL_TRUSTSTORE_TYPE").value()).isEqualTo("PEM");
            assertThat(env.get("KAFKA_SSL_TRUSTSTORE_CERTIFICATES").secret()).isEqualTo(Workloads.name(kafka) + "-cluster-ca-cert");
        } else {
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL").value()).isEqualTo("SASL_PLAINTEXT");
        }
        if (app.usesServiceSupport()) {
            assertThat(env.get("GATE_KAFKA_CREATE_TOPICS")).as("topics are KafkaTopic resources; the users may not create them")
                    .isNotNull().extracting(ContainerEnv.Variable::value).isEqualTo("false");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vn.laocai.gate.deploy.Overlays#deployedApps")
    void tokensAreVerifiedWithTheKeysAndIssuerOfTheRealmKeycloakServes(String overlay, String appName) {
        ServiceModule app = ServiceModule.named(appName);
        if (app.property("mp.jwt.verify.issuer").isEmpty()) {
            return;
        }
        Workloads w = Overlays.render(overlay);
        Map<String, ContainerEnv.Variable> env = ContainerEnv.of(Overlays.container(w, appName), w);
        Map<String, ContainerEnv.Variable> keycloak = ContainerEnv.of(Overlays.container(w, "keycloak"), w);
        String realm = (String) KeycloakRealm.of(w).get("realm");
        assertThat(env.get("MP_JWT_VERIFY_ISSUER").value())
                .isEqualTo(keycloak.get("KC_HOSTNAME").value() + "/realms/" + realm);
        URI keys = URI.create(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").value());
        assertThat(keys.getPath()).isEqualTo("/realms/" + realm + "/protocol/openid-connect/certs");
        assertThat(maps(Workloads.spec(w.get("Service", keys.getHost())).get("ports")))
                .as("the keys' URL names a port of the %s Service", keys.getHost())
                .anySatisfy(p -> assertThat(p.get("port")).isEqualTo(keys.getPort()));
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void eachServiceChecksItsAudienceTheLifetimeAndTheClockSkewOfItsTokens(String overlay) {
        Workloads w = Overlays.render(overlay);
        for (String service : TokenSettings.SERVICES) {
            Map<String, String> env = new java.util.HashMap<>();
            ContainerEnv.of(Overlays.container(w, service), w).forEach((k, v) -> env.put(k, v.value()));
            TokenSettings.assertChecked(service, env);
        }
        Object lifespan = KeycloakRealm.of(w).get("accessTokenLifespan");
        assertThat(lifespan).as("the realm's access tokens have a lifespan").isNotNull();
        assertThat(Long.parseLong(String.valueOf(lifespan))).as("the realm's access token lifespan (s)")
                .isPositive().isLessThanOrEqualTo(TokenSettings.MAX_LIFETIME_SECONDS);
    }
}
