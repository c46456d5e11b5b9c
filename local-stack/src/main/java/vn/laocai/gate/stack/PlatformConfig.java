package vn.laocai.gate.stack;

import vn.laocai.gate.infra.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link Platform#start(PlatformConfig)} needs: folders, ports, which applications,
 * their JVM options, and optionally an external database and broker instead of the embedded ones.
 */
public final class PlatformConfig {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_IDENTITY_PORT = 8090;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    /** The SMTP server notification-service sends e-mail to, and its IMAP port to read the mails. */
    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_IMAP_PORT = 3143;
    public static final int DEFAULT_KEYCLOAK_MANAGEMENT_PORT = 9180;
    /** Where every listener of the local stack binds unless {@code GATE_BIND_HOST} says otherwise. */
    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    /** Instance {@code i} of an application on fixed ports listens on its port plus {@code 100 * (i - 1)}. */
    public static final int INSTANCE_PORT_STEP = 100;
    /** On fixed ports, the management interface (metrics) of an instance listens on its HTTP port plus this. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;
    /** The options every application gets after its own sizing ({@link Footprint}). */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC");
    /**
     * The applications' JVM options under {@code ./gate}: the client compiler only, which starts
     * three services at once on two cores about twice as fast (no optimising compiler competing for
     * the cores) at the cost of peak throughput a local platform does not need. Tests and {@code ./gate bench} keep
     * {@link #DEFAULT_JVM_OPTIONS}.
     */
    public static final List<String> LOCAL_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path home;
    private final Path repoRoot;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    /** The client and controller ports of every Kafka node, the first one's being kafkaPort and kafkaControllerPort. */
    private final List<int[]> kafkaNodePorts;
    private final int identityPort;
    private final int smtpPort;
    private final int imapPort;
    private final boolean keycloak;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private final Path keycloakDistributions;
    private final String bindHost;
    private final Map<String, Integer> appPorts;
    /** The HTTP ports of the second and further instances of an application, in instance order. */
    private final Map<String, List<Integer>> extraInstancePorts;
    /** The management ports of every instance of an application, in instance order. */
    private final Map<String, List<Integer>> managementPorts;
    private final List<AppSpec> apps;
    private final List<String> jvmOptions;
    private final boolean appSizing;
    private final Duration readyTimeout;
    private final RestartPolicy restartPolicy;
    private final ExternalDatabase externalDatabase;
    private final String externalKafkaBootstrap;
    private final Map<String, Map<String, String>> extraEnv;

    private PlatformConfig(Builder b) {
        this.home = b.home.toAbsolutePath().normalize();
        this.repoRoot = b.repoRoot.toAbsolutePath().normalize();
        this.postgresPort = b.postgresPort;
        this.kafkaPort = b.kafkaPort;
        this.kafkaControllerPort = b.kafkaControllerPort;
        List<int[]> nodes = new ArrayList<>();
        nodes.add(new int[] {b.kafkaPort, b.kafkaControllerPort});
        for (int i = 2; i <= b.brokers; i++) {
            // without free ports: 19094/19095, 19096/19097, ... after the first node's 19092/19093
            nodes.add(b.freePorts ? new int[] {FreePorts.next(), FreePorts.next()}
                    : new int[] {b.kafkaPort + 2 * (i - 1), b.kafkaPort + 2 * (i - 1) + 1});
        }
        this.kafkaNodePorts = List.copyOf(nodes);
        this.identityPort = b.identityPort;
        this.smtpPort = b.smtpPort;
        this.imapPort = b.imapPort;
        this.keycloak = b.keycloak;
        this.keycloakPort = b.keycloakPort;
        this.keycloakManagementPort = b.keycloakManagementPort;
        this.keycloakDistributions = (b.keycloakDistributions != null ? b.keycloakDistributions : home.resolve("keycloak"))
                .toAbsolutePath().normalize();
        this.bindHost = b.bindHost;
        this.apps = b.apps.stream().map(Apps::require).sorted((x, y) -> Integer.compare(
                Apps.all().indexOf(x), Apps.all().indexOf(y))).toList();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (AppSpec app : Apps.all()) {
            ports.put(app.name(), b.appPorts.getOrDefault(app.name(), app.defaultPort()));
        }
        this.appPorts = Map.copyOf(ports);
        Map<String, List<Integer>> extraPorts = new LinkedHashMap<>();
        b.instances.forEach((app, count) -> {
            List<Integer> more = new ArrayList<>();
            for (int i = 2; i <= count; i++) {
                more.add(b.freePorts ? FreePorts.next() : ports.get(app) + INSTANCE_PORT_STEP * (i - 1));
            }
            extraPorts.put(app, List.copyOf(more));
        });
        this.extraInstancePorts = Map.copyOf(extraPorts);
        Map<String, List<Integer>> management = new LinkedHashMap<>();
        for (AppSpec app : Apps.all()) {
            List<Integer> perInstance = new ArrayList<>();
            for (int i = 1; i <= instances(app.name()); i++) {
                perInstance.add(b.freePorts ? FreePorts.next() : instancePort(app.name(), i) + MANAGEMENT_PORT_OFFSET);
            }
            management.put(app.name(), List.copyOf(perInstance));
        }
        this.managementPorts = Map.copyOf(management);
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.appSizing = b.appSizing;
        this.readyTimeout = b.readyTimeout;
        this.restartPolicy = b.restartPolicy;
        this.externalDatabase = b.externalDatabase;
        this.externalKafkaBootstrap = b.externalKafkaBootstrap;
        Map<String, Map<String, String>> extra = new LinkedHashMap<>();
        b.extraEnv.forEach((app, env) -> extra.put(app, Map.copyOf(env)));
        this.extraEnv = Map.copyOf(extra);
    }

    /** Defaults: the fixed local ports, all applications, data under {@code home}. */
    public static Builder builder(Path home, Path repoRoot) {
        return new Builder(home, repoRoot);
    }

    /**
     * The configuration of {@code ./gate up}: defaults overridden by {@code GATE_*} variables
     * (see local-stack/README.md).
     */
    public static PlatformConfig fromEnvironment(Map<String, String> env, Path workingDirectory) {
        Path repo = Optional.ofNullable(blankToNull(env.get("GATE_REPO"))).map(Path::of).orElse(workingDirectory);
        Path home = Optional.ofNullable(blankToNull(env.get("GATE_HOME"))).map(Path::of).orElse(repo.resolve(".gate"));
        Builder b = builder(home, repo);
        intVar(env, "GATE_PG_PORT").ifPresent(b::postgresPort);
        intVar(env, "GATE_KAFKA_PORT").ifPresent(p -> b.kafkaPorts(p, p + 1));
        intVar(env, "GATE_KAFKA_CONTROLLER_PORT").ifPresent(p -> b.kafkaPorts(b.kafkaPort, p));
        intVar(env, "GATE_KAFKA_BROKERS").ifPresent(b::brokers);
        intVar(env, "GATE_IDENTITY_PORT").ifPresent(b::identityPort);
        intVar(env, "GATE_SMTP_PORT").ifPresent(p -> b.mailPorts(p, b.imapPort));
        intVar(env, "GATE_IMAP_PORT").ifPresent(p -> b.mailPorts(b.smtpPort, p));
        intVar(env, "GATE_KEYCLOAK_PORT").ifPresent(p -> b.keycloakPorts(p, b.keycloakManagementPort));
        intVar(env, "GATE_KEYCLOAK_MANAGEMENT_PORT").ifPresent(p -> b.keycloakPorts(b.keycloakPort, p));
        b.keycloak(!"false".equalsIgnoreCase(String.valueOf(env.get("GATE_KEYCLOAK")).trim()));
        Optional.ofNullable(blankToNull(env.get("GATE_BIND_HOST"))).map(String::trim).ifPresent(b::bindHost);
        for (AppSpec app : Apps.all()) {
            intVar(env, portVariable(app.name())).ifPresent(p -> b.appPort(app.name(), p));
        }
        for (AppSpec app : Apps.all()) {
            intVar(env, instancesVariable(app.name())).ifPresent(n -> b.instances(app.name(), n));
        }
        String apps = blankToNull(env.get("GATE_APPS"));
        if ("none".equals(apps)) {
            b.apps(List.of());
        } else if (apps != null) {
            b.apps(Arrays.stream(apps.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        }
        String jvm = blankToNull(env.get("GATE_JVM_OPTS"));
        b.jvmOptions(jvm == null ? LOCAL_JVM_OPTIONS : Arrays.asList(jvm.trim().split("\\s+")));
        b.appSizing(!"off".equalsIgnoreCase(blankToNull(env.get("GATE_APP_SIZING"))));
        intVar(env, "GATE_READY_TIMEOUT").ifPresent(s -> b.readyTimeout(Duration.ofSeconds(s)));
        int attempts = intVar(env, "GATE_RESTART_ATTEMPTS").orElse(RestartPolicy.DEFAULT.maxQuickFailures());
        if (attempts < 0) {
            throw new IllegalArgumentException("GATE_RESTART_ATTEMPTS must be 0 (no restarts) or more, not " + attempts);
        }
        RestartPolicy d = RestartPolicy.DEFAULT;
        b.restartPolicy(new RestartPolicy(d.firstDelay(), d.maxDelay(), attempts, d.stableAfter()));
        String dbUrlBase = blankToNull(env.get("GATE_DB_URL_BASE"));
        if (dbUrlBase != null) {
            b.externalDatabase(dbUrlBase, env.getOrDefault("GATE_DB_USER", "postgres"),
                    env.getOrDefault("GATE_DB_PASSWORD", ""));
        }
        String kafka = blankToNull(env.get("GATE_KAFKA_BOOTSTRAP"));
        if (kafka != null) {
            b.externalKafka(kafka);
        }
        return b.build();
    }

    /** {@code GATE_PORT_VEHICLE_QUEUE_SERVICE} for {@code vehicle-queue-service}. */
    public static String portVariable(String app) {
        return "GATE_PORT_" + app.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** {@code GATE_INSTANCES_CLEARANCE_SERVICE} for {@code clearance-service}. */
    public static String instancesVariable(String app) {
        return "GATE_INSTANCES_" + app.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Optional<Integer> intVar(Map<String, String> env, String name) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Path home() {
        return home;
    }

    public Path repoRoot() {
        return repoRoot;
    }

    public Path logsDirectory() {
        return home.resolve("logs");
    }

    public int postgresPort() {
        return postgresPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int kafkaControllerPort() {
        return kafkaControllerPort;
    }

    /**
     * How many Kafka nodes the embedded cluster has: 1 (a single broker, topics with one replica) or 3 and
     * more (each node a controller and a broker, every topic with 3 replicas and {@code min.insync.replicas=2},
     * as the deployment's cluster).
     */
    public int brokers() {
        return kafkaNodePorts.size();
    }

    /** The client port of Kafka node {@code node} (1-based). */
    public int kafkaPort(int node) {
        return kafkaNodePorts.get(node - 1)[0];
    }

    /** The controller port of Kafka node {@code node} (1-based). */
    public int kafkaControllerPort(int node) {
        return kafkaNodePorts.get(node - 1)[1];
    }

    public int identityPort() {
        return identityPort;
    }

    /**
     * Whether Keycloak runs as the platform's OpenID provider (the console signs people in there): on for
     * {@code ./gate up} (off with {@code GATE_KEYCLOAK=false}) and for the browser test, off by default so
     * that the other platforms do not pay for its start; only with the web console.
     */
    public boolean keycloak() {
        return keycloak && apps.stream().anyMatch(a -> Apps.WEB_CONSOLE.equals(a.name()));
    }

    /** The local SMTP server's port (GreenMail, {@code GATE_SMTP_PORT}). */
    public int smtpPort() {
        return smtpPort;
    }

    /** Its IMAP port ({@code GATE_IMAP_PORT}): log in with the address as both user and password. */
    public int imapPort() {
        return imapPort;
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public int keycloakManagementPort() {
        return keycloakManagementPort;
    }

    /** Where the Keycloak distribution is unpacked once ({@code <home>/keycloak} unless set). */
    public Path keycloakDistributions() {
        return keycloakDistributions;
    }

    /** The interface the applications and Keycloak listen on: loopback unless {@code GATE_BIND_HOST} says otherwise. */
    public String bindHost() {
        return bindHost;
    }

    /**
     * The issuer the services trust and the tokens minted for tests name: Keycloak's realm URL when it runs
     * (it signs with the same key), else the local identity's.
     */
    public String issuer() {
        return keycloak() ? KeycloakServer.realmUrl("127.0.0.1", keycloakPort) : vn.laocai.gate.infra.DevIdentity.ISSUER;
    }

    public int appPort(String app) {
        Integer port = appPorts.get(app);
        if (port == null) {
            throw new IllegalArgumentException("Unknown application " + app);
        }
        return port;
    }

    /** How many instances of the application run side by side (same database, same Kafka consumer groups). */
    public int instances(String app) {
        Apps.require(app);
        return 1 + extraInstancePorts.getOrDefault(app, List.of()).size();
    }

    /** The HTTP port of instance {@code instance} (1-based) of an application; instance 1 listens on {@link #appPort}. */
    public int instancePort(String app, int instance) {
        int count = instances(app);
        if (instance < 1 || instance > count) {
            throw new IllegalArgumentException(app + " has " + count + " instance(s), not an instance " + instance);
        }
        return instance == 1 ? appPort(app) : extraInstancePorts.get(app).get(instance - 2);
    }

    /**
     * The port of the management interface ({@code /q/metrics}) of instance {@code instance} (1-based) of an
     * application: its HTTP port plus {@link #MANAGEMENT_PORT_OFFSET}, or a free port of its own with {@link Builder#freePorts()}.
     */
    public int managementPort(String app, int instance) {
        instancePort(app, instance);
        return managementPorts.get(app).get(instance - 1);
    }

    /** The applications to start, in start order. */
    public List<AppSpec> apps() {
        return apps;
    }

    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Whether each application gets the memory sizing measured for it ({@link Footprint}); off: a 256 MiB heap. */
    public boolean appSizing() {
        return appSizing;
    }

    public Duration readyTimeout() {
        return readyTimeout;
    }

    /** When a crashed application is started again; {@link RestartPolicy#NEVER} unless set ({@code ./gate}: the default policy). */
    public RestartPolicy restartPolicy() {
        return restartPolicy;
    }

    public Optional<ExternalDatabase> externalDatabase() {
        return Optional.ofNullable(externalDatabase);
    }

    public Optional<String> externalKafkaBootstrap() {
        return Optional.ofNullable(externalKafkaBootstrap);
    }

    public Map<String, String> extraEnv(String app) {
        return extraEnv.getOrDefault(app, Map.of());
    }

    /** A PostgreSQL server the platform does not start: {@code jdbcUrlBase} ends with {@code /}, the database name is appended. */
    public record ExternalDatabase(String jdbcUrlBase, String user, String password) {
        public ExternalDatabase {
            Objects.requireNonNull(jdbcUrlBase);
            jdbcUrlBase = jdbcUrlBase.endsWith("/") ? jdbcUrlBase : jdbcUrlBase + "/";
        }
    }

    /** Builds a {@link PlatformConfig}; every setter is optional. */
    public static final class Builder {
        private final Path home;
        private final Path repoRoot;
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int kafkaControllerPort = DEFAULT_KAFKA_PORT + 1;
        private int brokers = 1;
        private int identityPort = DEFAULT_IDENTITY_PORT;
        private int smtpPort = DEFAULT_SMTP_PORT;
        private int imapPort = DEFAULT_IMAP_PORT;
        private boolean keycloak;
        private int keycloakPort = DEFAULT_KEYCLOAK_PORT;
        private int keycloakManagementPort = DEFAULT_KEYCLOAK_MANAGEMENT_PORT;
        private Path keycloakDistributions;
        private String bindHost = DEFAULT_BIND_HOST;
        private final Map<String, Integer> appPorts = new LinkedHashMap<>();
        private final Map<String, Integer> instances = new LinkedHashMap<>();
        private boolean freePorts;
        private List<String> apps = Apps.names();
        private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        private boolean appSizing = true;
        private Duration readyTimeout = Duration.ofSeconds(120);
        private RestartPolicy restartPolicy = RestartPolicy.NEVER;
        private ExternalDatabase externalDatabase;
        private String externalKafkaBootstrap;
        private final Map<String, Map<String, String>> extraEnv = new LinkedHashMap<>();

        private Builder(Path home, Path repoRoot) {
            this.home = Objects.requireNonNull(home);
            this.repoRoot = Objects.requireNonNull(repoRoot);
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder kafkaPorts(int port, int controllerPort) {
            this.kafkaPort = port;
            this.kafkaControllerPort = controllerPort;
            return this;
        }

        /** The embedded Kafka as a cluster of {@code count} nodes (1, or 3 and more); see {@link PlatformConfig#brokers()}. */
        public Builder brokers(int count) {
            if (count != 1 && count < 3) {
                throw new IllegalArgumentException("Kafka brokers: 1, or 3 and more (min.insync.replicas 2 needs a third to lose one), not " + count);
            }
            this.brokers = count;
            return this;
        }

        public Builder identityPort(int port) {
            this.identityPort = port;
            return this;
        }

        public Builder mailPorts(int smtp, int imap) {
            this.smtpPort = smtp;
            this.imapPort = imap;
            return this;
        }

        /** Starts Keycloak with the realm kim-thanh (see {@link PlatformConfig#keycloak()}). */
        public Builder keycloak(boolean on) {
            this.keycloak = on;
            return this;
        }

        public Builder keycloakPorts(int port, int managementPort) {
            this.keycloakPort = port;
            this.keycloakManagementPort = managementPort;
            return this;
        }

        /** Unpacks the Keycloak distribution here, so that several platforms (test runs) share one. */
        public Builder keycloakDistributions(Path folder) {
            this.keycloakDistributions = Objects.requireNonNull(folder);
            return this;
        }

        public Builder bindHost(String host) {
            this.bindHost = Objects.requireNonNull(host);
            return this;
        }

        public Builder appPort(String app, int port) {
            Apps.require(app);
            appPorts.put(app, port);
            return this;
        }

        /** Free loopback ports for everything, so a run never collides with a running local stack. */
        public Builder freePorts() {
            postgresPort = FreePorts.next();
            kafkaPorts(FreePorts.next(), FreePorts.next());
            identityPort = FreePorts.next();
            mailPorts(FreePorts.next(), FreePorts.next());
            keycloakPorts(FreePorts.next(), FreePorts.next());
            Apps.names().forEach(a -> appPorts.put(a, FreePorts.next()));
            freePorts = true;
            return this;
        }

        /**
         * Runs {@code count} instances of an application, each on its own HTTP port, sharing its
         * database and its Kafka consumer groups (the topics have 3 partitions, so up to 3 share the load).
         */
        public Builder instances(String app, int count) {
            Apps.require(app);
            if (count < 1) {
                throw new IllegalArgumentException("instances of " + app + " must be at least 1, not " + count);
            }
            instances.put(app, count);
            return this;
        }

        public Builder apps(List<String> names) {
            names.forEach(Apps::require);
            this.apps = List.copyOf(names);
            return this;
        }

        public Builder apps(String... names) {
            return apps(List.of(names));
        }

        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = new ArrayList<>(options);
            return this;
        }

        public Builder appSizing(boolean on) {
            this.appSizing = on;
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        /** Restarts crashed applications; by default they stay down, as a test that kills one expects. */
        public Builder restartPolicy(RestartPolicy policy) {
            this.restartPolicy = Objects.requireNonNull(policy);
            return this;
        }

        public Builder externalDatabase(String jdbcUrlBase, String user, String password) {
            this.externalDatabase = new ExternalDatabase(jdbcUrlBase, user, password);
            return this;
        }

        public Builder externalKafka(String bootstrapServers) {
            this.externalKafkaBootstrap = bootstrapServers;
            return this;
        }

        /** Adds or overrides one environment variable of one application. */
        public Builder env(String app, String name, String value) {
            Apps.require(app);
            extraEnv.computeIfAbsent(app, a -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public PlatformConfig build() {
            return new PlatformConfig(this);
        }
    }
}
