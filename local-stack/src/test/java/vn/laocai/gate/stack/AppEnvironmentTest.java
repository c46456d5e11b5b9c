package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.DevIdentity;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AppEnvironmentTest {

    static final Path REPO = Path.of("/src/gate");
    static final InfraEndpoints INFRA = new InfraEndpoints("jdbc:postgresql://127.0.0.1:15432/", "postgres", "",
            "127.0.0.1:19092", Path.of("/src/gate/.gate/identity/verification-key.pem"));

    static final AppWiring WIRING = new AppWiring() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).build();

        @Override
        public String baseUrl(String app) {
            return "http://127.0.0.1:" + config.appPort(app);
        }

        @Override
        public String localTokenEndpoint() {
            return "http://127.0.0.1:8090/token";
        }

        @Override
        public String workspaceSecret(String name) {
            return "secret-" + name;
        }

        @Override
        public Path dataDirectory(String app) {
            return config.home().resolve(app);
        }
    };

    @Test
    void aServiceGetsItsPortDatabaseBrokerAndTokenVerification() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).build();

        Map<String, String> env = AppEnvironment.of(Apps.require(Apps.VEHICLE_QUEUE), config, INFRA, WIRING);

        assertThat(env).containsOnly(
                entry("QUARKUS_HTTP_PORT", "8081"),
                entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
                entry("QUARKUS_MANAGEMENT_PORT", "9081"),
                entry("QUARKUS_MANAGEMENT_HOST", "127.0.0.1"),
                entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/vehicle_queue"),
                entry("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                entry("QUARKUS_DATASOURCE_PASSWORD", ""),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
                entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/src/gate/.gate/identity/verification-key.pem"),
                entry("MP_JWT_VERIFY_ISSUER", DevIdentity.ISSUER),
                entry("GATE_AUDIT_KEY", "secret-audit-key-vehicle-queue-service"),
                // the packaged service runs in the prod profile, which refuses to start without a QR signing key
                entry("GATE_QUEUE_QR_SIGNING_KEY", "/src/gate/.gate/identity/qr-signing-key.pem"),
                // and has no development HMAC secret for the QRs issued before them
                entry("GATE_QUEUE_QR_SECRET", "secret-queue-qr-secret"));
    }

    @Test
    void theNotificationServiceSendsSmsThroughTheSimulatedGatewayWithTheKeyTheGatewayExpects() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).build();

        Map<String, String> notification = AppEnvironment.of(Apps.require(Apps.NOTIFICATION), config, INFRA, WIRING);
        Map<String, String> simulator = AppEnvironment.of(Apps.require(Apps.AGENCY_SIMULATOR), config, INFRA, WIRING);

        assertThat(notification).contains(
                entry("QUARKUS_HTTP_PORT", "8085"),
                entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/notification"),
                entry("QUARKUS_REST_CLIENT_SMS_GATEWAY_URL", "http://127.0.0.1:8084"),
                entry("QUARKUS_MAILER_HOST", "127.0.0.1"),
                entry("QUARKUS_MAILER_PORT", "2525"),
                entry("QUARKUS_MAILER_MOCK", "false"),
                entry("GATE_AUDIT_KEY", "secret-audit-key-notification-service"));
        assertThat(notification.get("GATE_NOTIFICATION_SMS_API_KEY")).isEqualTo("secret-sms-api-key")
                .isEqualTo(simulator.get("SIMULATOR_SMS_API_KEY"));
        assertThat(simulator).doesNotContainKey("GATE_AUDIT_KEY");
        assertThat(simulator.get("SIMULATOR_STORE_FILE")).isEqualTo(
                REPO.resolve(".gate").resolve("agency-simulator").resolve("lodgements.jsonl").toString());
        // clearance trusts the CA the simulator signs its documents under
        Map<String, String> clearance = AppEnvironment.of(Apps.require(Apps.CLEARANCE), config, INFRA, WIRING);
        assertThat(clearance.get("GATE_CLEARANCE_DOCUMENTS_TRUST_LIST"))
                .isEqualTo(java.nio.file.Path.of(simulator.get("SIMULATOR_ISSUERS_CA_DIRECTORY")).resolve("ca-certificate.pem").toString());
    }

    @Test
    void aWorkspaceSecretIsDrawnOnceKeptOwnerOnlyAndReadBackAfterARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws java.io.IOException {
        String first = WorkspaceSecrets.in(home).get("audit-key-clearance-service");
        String again = WorkspaceSecrets.in(home).get("audit-key-clearance-service");
        String other = WorkspaceSecrets.in(home).get("audit-key-customs-adapter");

        assertThat(first).hasSize(64).isEqualTo(again).isNotEqualTo(other);
        assertThat(java.nio.file.Files.getPosixFilePermissions(home.resolve("secrets/audit-key-clearance-service")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkspaceSecrets.in(home).get("../escape"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCustomsAdapterCallsTheSimulatorOnItsPort() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).build();

        Map<String, String> env = AppEnvironment.of(Apps.require(Apps.CUSTOMS_ADAPTER), config, INFRA, WIRING);

        assertThat(env).contains(
                entry("QUARKUS_HTTP_PORT", "8083"),
                entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/customs_adapter"),
                entry("QUARKUS_REST_CLIENT_VNACCS_URL", "http://127.0.0.1:8084"));
    }

    @Test
    void theCustomsAdapterLogsInToTheSimulatorWithTheSecretTheSimulatorExpects() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).build();

        Map<String, String> adapter = AppEnvironment.of(Apps.require(Apps.CUSTOMS_ADAPTER), config, INFRA, WIRING);
        Map<String, String> simulator = AppEnvironment.of(Apps.require(Apps.AGENCY_SIMULATOR), config, INFRA, WIRING);

        assertThat(adapter.get("GATE_CUSTOMS_VNACCS_PASSWORD")).hasSizeGreaterThanOrEqualTo(32)
                .isEqualTo(simulator.get("SIMULATOR_CLIENT_SECRET")).isEqualTo(Apps.simulatorClientSecret());
        assertThat(simulator.get("SIMULATOR_ADMIN_SECRET")).hasSizeGreaterThanOrEqualTo(32)
                .isNotEqualTo(simulator.get("SIMULATOR_CLIENT_SECRET"))
                .isEqualTo(Apps.simulatorAdminSecret());
        assertThat(adapter).doesNotContainKey("SIMULATOR_ADMIN_SECRET");
    }

    @Test
    void theSimulatorHasNoDatabaseListensOnLoopbackAndCallsBackTheAdapterWithEachSystemsToken() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).build();

        Map<String, String> env = AppEnvironment.of(Apps.require(Apps.AGENCY_SIMULATOR), config, INFRA, WIRING);

        assertThat(env).doesNotContainKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(env).contains(
                entry("QUARKUS_HTTP_PORT", "8084"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
                entry("SIMULATOR_CALLBACK_URL", "http://127.0.0.1:8083/api/agency-answers/customs"),
                entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
                entry("SIMULATOR_CALLBACK_TOKEN_URL", "http://127.0.0.1:8090/token"),
                entry("SIMULATOR_CALLBACK_CLIENT_SECRET", "secret-agency-client-vnaccs"),
                entry("SIMULATOR_QUARANTINE_CALLBACK_CLIENT_SECRET", "secret-agency-client-quarantine-system"));
        // no token is minted at start: the simulator's clients get short-lived ones themselves
        assertThat(env).doesNotContainKeys("SIMULATOR_CALLBACK_TOKEN", "SIMULATOR_QUARANTINE_CALLBACK_TOKEN");
    }

    @Test
    void eachServiceInstanceServesItsMetricsOnAManagementPortOfItsOwnTheConsoleAndSimulatorHaveNone() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).instances(Apps.CLEARANCE, 2).build();

        assertThat(AppEnvironment.of(Apps.require(Apps.CLEARANCE), 1, config, INFRA, WIRING))
                .contains(entry("QUARKUS_HTTP_PORT", "8082"), entry("QUARKUS_MANAGEMENT_PORT", "9082"));
        assertThat(AppEnvironment.of(Apps.require(Apps.CLEARANCE), 2, config, INFRA, WIRING))
                .contains(entry("QUARKUS_HTTP_PORT", "8182"), entry("QUARKUS_MANAGEMENT_PORT", "9182"));
        assertThat(AppEnvironment.of(Apps.require(Apps.WEB_CONSOLE), config, INFRA, WIRING))
                .doesNotContainKeys("QUARKUS_MANAGEMENT_PORT", "QUARKUS_MANAGEMENT_HOST");
        assertThat(AppEnvironment.of(Apps.require(Apps.AGENCY_SIMULATOR), config, INFRA, WIRING))
                .doesNotContainKeys("QUARKUS_MANAGEMENT_PORT", "QUARKUS_MANAGEMENT_HOST");
    }

    @Test
    void configuredEnvironmentOverridesAndExtends() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO)
                .appPort(Apps.CLEARANCE, 9082)
                .env(Apps.CLEARANCE, "QUARKUS_LOG_LEVEL", "DEBUG")
                .env(Apps.CLEARANCE, "KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092")
                .build();

        Map<String, String> env = AppEnvironment.of(Apps.require(Apps.CLEARANCE), config, INFRA, WIRING);

        assertThat(env).contains(entry("QUARKUS_HTTP_PORT", "9082"), entry("QUARKUS_LOG_LEVEL", "DEBUG"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092"));
    }

    @Test
    void theWebConsoleProxiesToTheServicesAndHasNoSignInWithoutKeycloak() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).build();

        Map<String, String> env = AppEnvironment.of(Apps.require(Apps.WEB_CONSOLE), config, INFRA, WIRING);

        assertThat(env).doesNotContainKeys("QUARKUS_DATASOURCE_JDBC_URL", "WEB_IDENTITY_URL", "QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(env).contains(
                entry("QUARKUS_HTTP_PORT", "8080"),
                entry("WEB_QUEUE_URL", "http://127.0.0.1:8081"),
                entry("WEB_CLEARANCE_URL", "http://127.0.0.1:8082"),
                entry("WEB_CUSTOMS_URL", "http://127.0.0.1:8083"),
                entry("WEB_NOTIFICATION_URL", "http://127.0.0.1:8085"),
                entry("QUARKUS_OIDC_TENANT_ENABLED", "false"));
    }

    @Test
    void theWebConsoleSignsPeopleInAtKeycloaksRealmWithTheWorkspacesClientSecret() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).keycloak(true).build();
        AppWiring withKeycloak = new AppWiring() {
            @Override
            public String baseUrl(String app) {
                return WIRING.baseUrl(app);
            }

            @Override
            public java.util.Optional<String> openIdProvider() {
                return java.util.Optional.of(config.issuer());
            }

            @Override
            public String localTokenEndpoint() {
                return WIRING.localTokenEndpoint();
            }

            @Override
            public String workspaceSecret(String name) {
                return WIRING.workspaceSecret(name);
            }

            @Override
            public Path dataDirectory(String app) {
                return WIRING.dataDirectory(app);
            }
        };

        Map<String, String> env = AppEnvironment.of(Apps.require(Apps.WEB_CONSOLE), config, INFRA, withKeycloak);

        assertThat(env).contains(
                entry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:8180/realms/kim-thanh"),
                entry("QUARKUS_OIDC_CREDENTIALS_SECRET", "secret-web-console-client-secret"));
        assertThat(env).doesNotContainKey("QUARKUS_OIDC_TENANT_ENABLED");
        // with Keycloak, the simulator's clients get their tokens there
        assertThat(AppEnvironment.of(Apps.require(Apps.AGENCY_SIMULATOR), config, INFRA, withKeycloak)).containsEntry(
                "SIMULATOR_CALLBACK_TOKEN_URL", "http://127.0.0.1:8180/realms/kim-thanh/protocol/openid-connect/token");
    }

    @Test
    void everyApplicationListensWhereTheConfigurationSays() {
        PlatformConfig config = PlatformConfig.builder(REPO.resolve(".gate"), REPO).bindHost("0.0.0.0").build();

        for (AppSpec app : Apps.all()) {
            assertThat(AppEnvironment.of(app, config, INFRA, WIRING)).as(app.name()).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0");
        }
    }
}
