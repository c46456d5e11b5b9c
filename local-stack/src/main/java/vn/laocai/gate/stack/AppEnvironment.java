package vn.laocai.gate.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables one application process is started with. */
public final class AppEnvironment {

    private AppEnvironment() {
    }

    /**
     * Common variables (port, datasource, broker, token verification), then the application's own
     * ({@link AppSpec#extraEnv()}), then the configuration's overrides for it.
     */
    public static Map<String, String> of(AppSpec app, PlatformConfig config, InfraEndpoints infra, AppWiring wiring) {
        return of(app, 1, config, infra, wiring);
    }

    /** The same for instance {@code instance} (1-based) of the application: only its HTTP and management ports differ. */
    public static Map<String, String> of(AppSpec app, int instance, PlatformConfig config, InfraEndpoints infra,
                                         AppWiring wiring) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(config.instancePort(app.name(), instance)));
        env.put("QUARKUS_HTTP_HOST", config.bindHost());
        if (Apps.hasManagementInterface(app.name())) {
            // metrics on a port of their own, reachable from this machine only
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(config.managementPort(app.name(), instance)));
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        }
        app.databaseName().ifPresent(db -> {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(db));
            env.put("QUARKUS_DATASOURCE_USERNAME", infra.dbUser());
            env.put("QUARKUS_DATASOURCE_PASSWORD", infra.dbPassword());
            // the key of the service's audit chain: the same for as long as its database lives
            env.put("GATE_AUDIT_KEY", wiring.workspaceSecret("audit-key-" + app.name()));
        });
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrap());
        if (config.brokers() > 1 && config.externalKafkaBootstrap().isEmpty()) {
            // a topic the service creates itself has a replica on 3 nodes, as the platform's own
            env.put("GATE_KAFKA_REPLICATION_FACTOR", "3");
        }
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", infra.publicKeyPath().toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", infra.issuer());
        env.putAll(app.extraEnv().apply(wiring));
        env.putAll(config.extraEnv(app.name()));
        return env;
    }
}
