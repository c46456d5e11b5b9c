package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformConfigTest {

    static final Path REPO = Path.of("/src/gate");

    @Test
    void defaultsAreTheDocumentedPortsAllAppsAndDotGate() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of(), REPO);

        assertThat(config.home()).isEqualTo(REPO.resolve(".gate"));
        assertThat(config.logsDirectory()).isEqualTo(REPO.resolve(".gate/logs"));
        assertThat(config.postgresPort()).isEqualTo(15432);
        assertThat(config.kafkaPort()).isEqualTo(19092);
        assertThat(config.kafkaControllerPort()).isEqualTo(19093);
        assertThat(config.identityPort()).isEqualTo(8090);
        assertThat(config.apps()).extracting(AppSpec::name).containsExactly(
                "agency-simulator", "web-console", "vehicle-queue-service", "clearance-service", "customs-adapter",
                "notification-service");
        assertThat(config.apps()).extracting(a -> config.appPort(a.name())).containsExactly(8084, 8080, 8081, 8082, 8083, 8085);
        assertThat(config.jvmOptions()).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(config.appSizing()).isTrue();
        assertThat(PlatformConfig.builder(REPO, REPO).build().jvmOptions()).containsExactly("-XX:+UseSerialGC");
        assertThat(config.externalDatabase()).isEmpty();
        assertThat(config.externalKafkaBootstrap()).isEmpty();
        assertThat(config.restartPolicy()).isEqualTo(RestartPolicy.DEFAULT);
        assertThat(PlatformConfig.builder(REPO, REPO).build().restartPolicy()).isEqualTo(RestartPolicy.NEVER);
        assertThat(Apps.require(Apps.CLEARANCE).runJar(REPO))
                .isEqualTo(REPO.resolve("clearance-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void gateUpStartsKeycloakOnLoopbackOtherPlatformsDoNotAndTheIssuerFollows() {
        PlatformConfig up = PlatformConfig.fromEnvironment(Map.of(), REPO);
        assertThat(up.keycloak()).isTrue();
        assertThat(up.keycloakPort()).isEqualTo(8180);
        assertThat(up.bindHost()).isEqualTo("127.0.0.1");
        assertThat(up.issuer()).isEqualTo("http://127.0.0.1:8180/realms/kim-thanh");
        assertThat(up.keycloakDistributions()).isEqualTo(REPO.resolve(".gate/keycloak"));

        PlatformConfig off = PlatformConfig.fromEnvironment(Map.of("GATE_KEYCLOAK", "false", "GATE_BIND_HOST", "0.0.0.0"), REPO);
        assertThat(off.keycloak()).isFalse();
        assertThat(off.issuer()).isEqualTo(vn.laocai.gate.infra.DevIdentity.ISSUER);
        assertThat(off.bindHost()).isEqualTo("0.0.0.0");

        assertThat(PlatformConfig.builder(REPO, REPO).build().keycloak()).as("a test platform by default").isFalse();
        assertThat(PlatformConfig.builder(REPO, REPO).keycloak(true).apps("agency-simulator").build().keycloak())
                .as("no console, no sign-in to serve").isFalse();
    }

    @Test
    void restartAttemptsZeroTurnsRestartsOffAndANegativeCountIsRefused() {
        RestartPolicy off = PlatformConfig.fromEnvironment(Map.of("GATE_RESTART_ATTEMPTS", "0"), REPO).restartPolicy();
        RestartPolicy two = PlatformConfig.fromEnvironment(Map.of("GATE_RESTART_ATTEMPTS", "2"), REPO).restartPolicy();

        assertThat(off.restarts()).isFalse();
        assertThat(two.maxQuickFailures()).isEqualTo(2);
        assertThat(two.firstDelay()).isEqualTo(RestartPolicy.DEFAULT.firstDelay());
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of("GATE_RESTART_ATTEMPTS", "-1"), REPO))
                .hasMessageContaining("GATE_RESTART_ATTEMPTS");
    }

    @Test
    void environmentVariablesOverrideTheDefaults() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of(
                "GATE_HOME", "/tmp/gate-home",
                "GATE_PG_PORT", "25432",
                "GATE_KAFKA_PORT", "29092",
                "GATE_IDENTITY_PORT", "9090",
                "GATE_PORT_CUSTOMS_ADAPTER", "9083",
                "GATE_APPS", "customs-adapter, agency-simulator",
                "GATE_JVM_OPTS", " -Xmx128m  -XX:TieredStopAtLevel=1 ",
                "GATE_READY_TIMEOUT", "300"), REPO);

        assertThat(config.home()).isEqualTo(Path.of("/tmp/gate-home"));
        assertThat(config.postgresPort()).isEqualTo(25432);
        assertThat(config.kafkaPort()).isEqualTo(29092);
        assertThat(config.kafkaControllerPort()).isEqualTo(29093);
        assertThat(config.identityPort()).isEqualTo(9090);
        assertThat(config.appPort(Apps.CUSTOMS_ADAPTER)).isEqualTo(9083);
        assertThat(config.apps()).extracting(AppSpec::name).containsExactly("agency-simulator", "customs-adapter");
        assertThat(config.jvmOptions()).containsExactly("-Xmx128m", "-XX:TieredStopAtLevel=1");
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void furtherInstancesOfAnAppListenOnTheirOwnPorts() {
        PlatformConfig fixed = PlatformConfig.fromEnvironment(Map.of("GATE_INSTANCES_CLEARANCE_SERVICE", "3"), REPO);
        assertThat(fixed.instances(Apps.CLEARANCE)).isEqualTo(3);
        assertThat(fixed.instances(Apps.VEHICLE_QUEUE)).isEqualTo(1);
        assertThat(fixed.instancePort(Apps.CLEARANCE, 1)).isEqualTo(8082);
        assertThat(fixed.instancePort(Apps.CLEARANCE, 2)).isEqualTo(8182);
        assertThat(fixed.instancePort(Apps.CLEARANCE, 3)).isEqualTo(8282);
        assertThatThrownBy(() -> fixed.instancePort(Apps.CLEARANCE, 4)).hasMessageContaining("3 instance(s)");

        PlatformConfig free = PlatformConfig.builder(Path.of("/tmp/h"), REPO).freePorts()
                .instances(Apps.CUSTOMS_ADAPTER, 2).build();
        assertThat(free.instancePort(Apps.CUSTOMS_ADAPTER, 2)).isNotIn(free.appPort(Apps.CUSTOMS_ADAPTER), 8183);
        assertThat(Platform.instanceName(Apps.CUSTOMS_ADAPTER, 1)).isEqualTo("customs-adapter");
        assertThat(Platform.instanceName(Apps.CUSTOMS_ADAPTER, 2)).isEqualTo("customs-adapter-2");
        assertThatThrownBy(() -> PlatformConfig.builder(Path.of("/tmp/h"), REPO).instances(Apps.CLEARANCE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void externalDatabaseAndBrokerComeFromTheEnvironment() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Map.of(
                "GATE_DB_URL_BASE", "jdbc:postgresql://db.example:5432",
                "GATE_DB_USER", "gate",
                "GATE_DB_PASSWORD", "s3cret",
                "GATE_KAFKA_BOOTSTRAP", "kafka.example:9092"), REPO);

        assertThat(config.externalDatabase()).get().satisfies(db -> {
            assertThat(db.jdbcUrlBase()).isEqualTo("jdbc:postgresql://db.example:5432/");
            assertThat(db.user()).isEqualTo("gate");
            assertThat(db.password()).isEqualTo("s3cret");
        });
        assertThat(config.externalKafkaBootstrap()).hasValue("kafka.example:9092");
    }

    @Test
    void unknownAppsAndBadNumbersAreRejectedWithTheirName() {
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of("GATE_APPS", "billing"), REPO))
                .hasMessageContaining("billing").hasMessageContaining("vehicle-queue-service");
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(Map.of("GATE_PG_PORT", "lots"), REPO))
                .hasMessageContaining("GATE_PG_PORT");
    }

    @Test
    void aKafkaClusterHasTwoPortsANodeAndNeedsThreeNodesOrOne() {
        PlatformConfig fixed = PlatformConfig.fromEnvironment(Map.of("GATE_KAFKA_BROKERS", "3"), REPO);
        assertThat(fixed.brokers()).isEqualTo(3);
        assertThat(java.util.List.of(fixed.kafkaPort(1), fixed.kafkaControllerPort(1), fixed.kafkaPort(2),
                fixed.kafkaControllerPort(2), fixed.kafkaPort(3), fixed.kafkaControllerPort(3)))
                .containsExactly(19092, 19093, 19094, 19095, 19096, 19097);
        assertThat(PlatformConfig.fromEnvironment(Map.of(), REPO).brokers()).isEqualTo(1);

        PlatformConfig free = PlatformConfig.builder(Path.of("/tmp/k"), REPO).brokers(3).freePorts().build();
        assertThat(java.util.stream.IntStream.rangeClosed(1, 3).boxed()
                .flatMap(n -> java.util.stream.Stream.of(free.kafkaPort(n), free.kafkaControllerPort(n))))
                .doesNotHaveDuplicates().doesNotContain(19094, 19096);
        assertThatThrownBy(() -> PlatformConfig.builder(REPO, REPO).brokers(2)).hasMessageContaining("not 2");
    }

    @Test
    void freePortsAvoidTheFixedLocalPorts() {
        PlatformConfig config = PlatformConfig.builder(Path.of("/tmp/x"), REPO).freePorts().build();

        assertThat(config.postgresPort()).isNotEqualTo(15432);
        assertThat(config.appPort(Apps.VEHICLE_QUEUE)).isNotEqualTo(8081);
        assertThat(Apps.names()).extracting(config::appPort).doesNotHaveDuplicates();
    }

    @Test
    void everyInstanceHasAManagementPortOfItsOwnApartFromEveryHttpPort() {
        PlatformConfig fixed = PlatformConfig.fromEnvironment(Map.of("GATE_INSTANCES_CLEARANCE_SERVICE", "2"), REPO);
        assertThat(fixed.managementPort(Apps.VEHICLE_QUEUE, 1)).isEqualTo(9081);
        assertThat(fixed.managementPort(Apps.CLEARANCE, 1)).isEqualTo(9082);
        assertThat(fixed.managementPort(Apps.CLEARANCE, 2)).isEqualTo(9182);
        assertThatThrownBy(() -> fixed.managementPort(Apps.CLEARANCE, 3)).hasMessageContaining("2 instance(s)");

        PlatformConfig free = PlatformConfig.builder(Path.of("/tmp/h"), REPO).freePorts()
                .instances(Apps.CUSTOMS_ADAPTER, 2).build();
        java.util.List<Integer> ports = new java.util.ArrayList<>();
        for (String app : Apps.names()) {
            for (int i = 1; i <= free.instances(app); i++) {
                ports.add(free.instancePort(app, i));
                ports.add(free.managementPort(app, i));
            }
        }
        assertThat(ports).doesNotHaveDuplicates().doesNotContain(9083, 9183);
    }
}
