package vn.laocai.gate.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.DevIdentity;
import vn.laocai.gate.infra.EmbeddedKafkaBroker;
import vn.laocai.gate.infra.EmbeddedKafkaCluster;
import vn.laocai.gate.infra.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: PostgreSQL and Kafka (embedded unless external ones are
 * configured), the local token endpoint and the applications as child processes. Used by
 * {@link LocalStack} and by the end-to-end tests. {@link #close()} stops everything in reverse
 * order; a JVM shutdown hook does the same if the handle is never closed. An application that
 * exits on its own is started again as the configuration's {@link RestartPolicy} says.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    static final Duration APP_STOP_GRACE = Duration.ofSeconds(20);

    private final PlatformConfig config;
    private final Deque<Running> running = new ArrayDeque<>();
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final ExecutorService restarts = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "app-restart");
        t.setDaemon(true);
        return t;
    });
    private volatile Runnable changeListener = () -> { };
    /** Set once every application was ready: from then on an exit is a crash the restart policy handles. */
    private volatile boolean supervising;
    private final Thread shutdownHook;
    private boolean closed;
    private DevIdentity identity;
    private InfraEndpoints infra;
    private TokenServer tokenServer;
    private MailServer mailServer;
    private CompletableFuture<KeycloakServer> keycloakStart;
    private Map<AppSpec, Path> jars = Map.of();
    private volatile Restartable database;
    private volatile Restartable broker;
    private volatile Restartable cluster;

    private record Running(String name, AutoCloseable resource) {
    }

    /** One application instance: its current process and what the platform does with it. Guarded by the platform. */
    private static final class Slot {
        final AppSpec spec;
        final int instance;
        final String name;
        AppProcess process;
        AppStatus.State state = AppStatus.State.STARTING;
        String detail = "";
        /** quick failures in a row, see {@link RestartPolicy#failuresInARow} */
        int failuresInARow;
        int restarts;
        /** why it was last started again: after which exit, or on request */
        String cause = "";
        /** true while a restart on request stops the old process: its exit is no crash */
        boolean replacing;
        /** changes with each launch or restart request, so that a pending restart knows it is stale */
        long generation;

        Slot(AppSpec spec, int instance, String name) {
            this.spec = spec;
            this.instance = instance;
            this.name = name;
        }

        AppStatus status() {
            return new AppStatus(name, process.pid(), process.baseUrl(), state, detail);
        }
    }

    private Platform(PlatformConfig config) {
        this.config = config;
        this.shutdownHook = new Thread(this::close, "platform-shutdown");
    }

    /** Starts everything and returns once every application is ready; on failure stops what was started. */
    public static Platform start(PlatformConfig config) {
        return create(config).boot();
    }

    /** A platform not started yet: {@link #boot()} starts it, {@link #close()} may be called from another thread meanwhile. */
    public static Platform create(PlatformConfig config) {
        return new Platform(config);
    }

    /** Starts everything; see {@link #start(PlatformConfig)}. */
    public Platform boot() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            long t0 = System.nanoTime();
            Files.createDirectories(config.logsDirectory());
            jars = requireJars();
            requireFreePorts();
            identity = DevIdentity.loadOrCreate(config.home().resolve("identity")).issuedBy(config.issuer());
            DevIdentity.ecSigningKey(config.home().resolve("identity"), Apps.QR_SIGNING_KEY);
            DevUsers users = DevUsers.fromClasspath();
            // Keycloak takes longest: it starts while the database and the broker do
            WorkspaceSecrets secrets = WorkspaceSecrets.in(config.home());
            AgencyClients agencyClients = AgencyClients.of(secrets::get);
            keycloakStart = config.keycloak() ? CompletableFuture.supplyAsync(() -> KeycloakServer.forPlatform(config,
                    identity, users, secrets.get(Apps.CONSOLE_CLIENT_SECRET), agencyClients)) : null;
            String jdbcBase = startDatabase();
            String bootstrap = startBroker();
            infra = new InfraEndpoints(jdbcBase, dbUser(), dbPassword(), bootstrap, identity.publicKeyPath(), config.issuer());
            TokenServer tokens = TokenServer.start(config.identityPort(), users, identity, agencyClients);
            register("token endpoint", tokens);
            tokenServer = tokens;
            mailServer = MailServer.start(config.smtpPort(), config.imapPort(), config.logsDirectory().resolve("mail.log"));
            register("SMTP server", mailServer);
            if (keycloakStart != null) {
                register("Keycloak", keycloakStart.join());
            }
            startApps();
            supervising = true;
            apps().forEach((name, process) -> {
                if (!process.isAlive()) {
                    exited(name, process);
                }
            });
            LOG.info("Platform ready in {} s", Duration.ofNanos(System.nanoTime() - t0).toMillis() / 1000.0);
            return this;
        } catch (IOException e) {
            stopKeycloakStart();
            close();
            throw new UncheckedIOException(e);
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            stopKeycloakStart();
            close();
            throw e;
        }
    }

    /** A Keycloak still starting when the rest failed is stopped once it is up. */
    private void stopKeycloakStart() {
        if (keycloakStart != null) {
            keycloakStart.thenAccept(KeycloakServer::close);
        }
    }

    private Map<AppSpec, Path> requireJars() {
        Map<AppSpec, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (AppSpec app : config.apps()) {
            Path jar = app.runJar(config.repoRoot());
            if (Files.isRegularFile(jar)) {
                jars.put(app, jar);
            } else {
                missing.add(app.name() + ": " + jar + " is missing (build it with ./mvnw -pl " + app.module()
                        + " -am package -DskipTests)");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Cannot start the platform, application not built:\n  "
                    + String.join("\n  ", missing)
                    + "\n(or choose the applications with GATE_APPS, e.g. GATE_APPS=agency-simulator)");
        }
        return jars;
    }

    private void requireFreePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (config.externalDatabase().isEmpty()) {
            ports.put("PostgreSQL", config.postgresPort());
        }
        if (config.externalKafkaBootstrap().isEmpty()) {
            for (int node = 1; node <= config.brokers(); node++) {
                String which = config.brokers() == 1 ? "" : " node " + node;
                ports.put("Kafka" + which, config.kafkaPort(node));
                ports.put("Kafka controller" + which, config.kafkaControllerPort(node));
            }
        }
        ports.put("token endpoint", config.identityPort());
        ports.put("SMTP server", config.smtpPort());
        ports.put("IMAP server", config.imapPort());
        if (config.keycloak()) {
            ports.put("Keycloak", config.keycloakPort());
            ports.put("Keycloak management", config.keycloakManagementPort());
        }
        config.apps().forEach(a -> {
            for (int i = 1; i <= config.instances(a.name()); i++) {
                ports.put(instanceName(a.name(), i), config.instancePort(a.name(), i));
                if (Apps.hasManagementInterface(a.name())) {
                    ports.put(instanceName(a.name(), i) + " management", config.managementPort(a.name(), i));
                }
            }
        });
        List<String> busy = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (!isFree(port)) {
                busy.add(what + " (" + port + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports already in use: " + String.join(", ", busy)
                    + ". Is the platform already running (./gate status)?");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String startDatabase() {
        List<String> databases = config.apps().stream().flatMap(a -> a.databaseName().stream()).toList();
        Optional<PlatformConfig.ExternalDatabase> external = config.externalDatabase();
        if (external.isPresent()) {
            createExternalDatabases(external.get(), databases);
            return external.get().jdbcUrlBase();
        }
        LOG.info("Starting PostgreSQL on port {}", config.postgresPort());
        Restartable server = new Restartable("PostgreSQL", () -> EmbeddedPostgresServer.start(config.home().resolve("postgres"),
                config.postgresPort()));
        EmbeddedPostgresServer postgres = (EmbeddedPostgresServer) server.startFirst();
        register("PostgreSQL", server);
        database = server;
        databases.forEach(postgres::ensureDatabase);
        LOG.info("PostgreSQL ready on port {}", config.postgresPort());
        return "jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/";
    }

    /** Creates the missing databases when the configured user may; otherwise they must exist already. */
    private static void createExternalDatabases(PlatformConfig.ExternalDatabase db, List<String> databases) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrlBase() + "postgres", db.user(), db.password())) {
            for (String name : databases) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + name);
                    LOG.info("Created database {} on {}", name, db.jdbcUrlBase());
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not check or create databases {} on {} ({}); they must exist already",
                    databases, db.jdbcUrlBase(), e.getMessage());
        }
    }

    private String startBroker() {
        List<String> topics = Stream.concat(Topics.all().stream(), Apps.DEAD_LETTER_TOPICS.stream()).toList();
        Optional<String> external = config.externalKafkaBootstrap();
        if (external.isPresent()) {
            try {
                EmbeddedKafkaBroker.createTopics(external.get(), topics, 3);
            } catch (RuntimeException e) {
                LOG.warn("Could not create topics on {} ({}); they must exist already", external.get(), e.getMessage());
            }
            return external.get();
        }
        if (config.brokers() > 1) {
            return startCluster(topics);
        }
        LOG.info("Starting Kafka on port {}", config.kafkaPort());
        Restartable server = new Restartable("Kafka", () -> EmbeddedKafkaBroker.start(config.home().resolve("kafka"),
                config.kafkaPort(), config.kafkaControllerPort()));
        EmbeddedKafkaBroker kafka = (EmbeddedKafkaBroker) server.startFirst();
        register("Kafka", server);
        broker = server;
        kafka.createTopics(topics, 3);
        LOG.info("Kafka ready on {}", kafka.bootstrapServers());
        return kafka.bootstrapServers();
    }

    /** The embedded Kafka as a cluster: every topic with 3 replicas, min.insync.replicas 2. */
    private String startCluster(List<String> topics) {
        List<EmbeddedKafkaCluster.NodePorts> ports = new ArrayList<>();
        for (int node = 1; node <= config.brokers(); node++) {
            ports.add(new EmbeddedKafkaCluster.NodePorts(config.kafkaPort(node), config.kafkaControllerPort(node)));
        }
        LOG.info("Starting a Kafka cluster of {} nodes on ports {}", ports.size(), ports.stream().map(EmbeddedKafkaCluster.NodePorts::port).toList());
        Restartable server = new Restartable("Kafka cluster", () -> EmbeddedKafkaCluster.start(config.home().resolve("kafka-cluster"), ports));
        EmbeddedKafkaCluster kafka = (EmbeddedKafkaCluster) server.startFirst();
        register("Kafka cluster", server);
        broker = server;
        cluster = server;
        EmbeddedKafkaBroker.createTopics(kafka.bootstrapServers(), topics, 3, 3);
        LOG.info("Kafka cluster ready on {}", kafka.bootstrapServers());
        return kafka.bootstrapServers();
    }

    private String dbUser() {
        return config.externalDatabase().map(PlatformConfig.ExternalDatabase::user).orElse(EmbeddedPostgresServer.USER);
    }

    private String dbPassword() {
        return config.externalDatabase().map(PlatformConfig.ExternalDatabase::password).orElse("");
    }

    private void startApps() {
        List<Integer> stages = config.apps().stream().map(AppSpec::stage).distinct().sorted().toList();
        for (int stage : stages) {
            List<AppProcess> started = new ArrayList<>();
            for (AppSpec app : config.apps()) {
                if (app.stage() == stage) {
                    for (int i = 1; i <= config.instances(app.name()); i++) {
                        started.add(launch(app, i));
                    }
                }
            }
            awaitAll(started);
        }
    }

    private AppProcess launch(AppSpec app, int instance) {
        AppWiring wiring = wiring();
        String name = instanceName(app.name(), instance);
        int port = config.instancePort(app.name(), instance);
        LOG.info("Starting {} on port {}", name, port);
        AppProcess process = AppProcess.launch(app, jars.get(app), config.repoRoot().resolve(app.module()),
                Footprint.jvmOptions(app.name(), config),
                Footprint.environment(config, AppEnvironment.of(app, instance, config, infra, wiring)),
                "http://127.0.0.1:" + port, config.logsDirectory().resolve(name + ".log"));
        synchronized (this) {
            Slot slot = slots.computeIfAbsent(name, n -> new Slot(app, instance, n));
            slot.process = process;
            slot.generation++;
            slot.replacing = false;
            slot.state = AppStatus.State.STARTING;
            slot.detail = slot.restarts == 0 ? "" : "restart " + slot.restarts + ", " + slot.cause;
            if (closed) {
                AppProcess.stopAll(List.of(process), Duration.ofSeconds(5));
                throw new IllegalStateException("Stopped while starting");
            }
        }
        process.process().onExit().thenRun(() -> exited(name, process));
        changed();
        return process;
    }

    private void ready(AppProcess process) {
        synchronized (this) {
            Slot slot = slots.values().stream().filter(s -> s.process == process).findFirst().orElse(null);
            if (slot == null || closed) {
                return;
            }
            slot.state = AppStatus.State.READY;
            slot.detail = slot.restarts == 0 ? ""
                    : "restarted " + slot.restarts + (slot.restarts == 1 ? " time" : " times") + ", last " + slot.cause;
        }
        changed();
    }

    /** An application process ended: a crash unless the platform stops it or replaces it on request. */
    private void exited(String name, AppProcess process) {
        RestartPolicy policy = config.restartPolicy();
        Duration ran = process.age();
        int code = process.process().exitValue();
        String how = name + " (pid " + process.pid() + ") exited with code " + code + " after " + seconds(ran);
        Optional<Duration> delay;
        long generation;
        synchronized (this) {
            Slot slot = slots.get(name);
            if (closed || slot == null || slot.process != process || slot.replacing) {
                return;
            }
            if (!supervising) {
                slot.state = AppStatus.State.DOWN;
                slot.detail = "exited with code " + code + " while the platform started";
                return;
            }
            slot.cause = "after exit code " + code + " at " + now();
            slot.failuresInARow = policy.failuresInARow(slot.failuresInARow, ran);
            delay = policy.restarts() ? policy.delayAfter(slot.failuresInARow) : Optional.empty();
            generation = slot.generation;
            if (!policy.restarts()) {
                slot.state = AppStatus.State.DOWN;
                slot.detail = "exited with code " + code + "; not restarted (restarts are off)";
                LOG.error("{}; it is NOT restarted (restarts are off). Log: {}", how, process.logFile());
            } else if (delay.isEmpty()) {
                slot.state = AppStatus.State.DOWN;
                slot.detail = "exited with code " + code + "; gave up after " + slot.failuresInARow
                        + " failures in a row, see " + process.logFile().getFileName();
                LOG.error("{}; GIVING UP: {} failures in a row, each within {} of its start; it stays down."
                                + " Log: {}; ./gate restart {} tries again", how, slot.failuresInARow,
                        seconds(policy.stableAfter()), process.logFile(), name);
            } else {
                slot.state = AppStatus.State.RESTARTING;
                slot.detail = "exited with code " + code + "; restart " + slot.failuresInARow + " of "
                        + policy.maxQuickFailures() + " in " + seconds(delay.get());
                LOG.warn("{}; restarting it in {} (attempt {} of {}). Log: {}", how, seconds(delay.get()),
                        slot.failuresInARow, policy.maxQuickFailures(), process.logFile());
            }
        }
        changed();
        delay.ifPresent(d -> CompletableFuture.delayedExecutor(d.toMillis(), TimeUnit.MILLISECONDS, restarts)
                .execute(() -> relaunch(name, generation)));
    }

    /** Starts a crashed application again, unless the platform stopped or a restart on request came first. */
    private void relaunch(String name, long generation) {
        Slot slot;
        synchronized (this) {
            slot = slots.get(name);
            if (closed || slot == null || slot.generation != generation) {
                return;
            }
            slot.restarts++;
        }
        AppProcess process;
        try {
            process = launch(slot.spec, slot.instance);
        } catch (RuntimeException e) {
            synchronized (this) {
                slot.state = AppStatus.State.DOWN;
                slot.detail = "could not be started again: " + e.getMessage();
            }
            LOG.error("{} could not be started again: {}", name, e.getMessage());
            changed();
            return;
        }
        try {
            process.awaitReady(config.readyTimeout());
            ready(process);
            LOG.info("{} ready again in {}", name, seconds(process.age()));
        } catch (AppProcess.AppStartException e) {
            if (process.isAlive()) {
                LOG.warn("{} was not ready after {}: killing it", name, seconds(config.readyTimeout()));
                process.killNow();
            }
            // its exit is handled as another failure
        }
    }

    private static LocalTime now() {
        return LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s / 60 + " min";
    }

    /** Called after every change of an application's state (from any thread); see {@link #statuses()}. */
    public void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    private void changed() {
        try {
            changeListener.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not report a state change: {}", e.toString());
        }
    }

    /** Every application instance launched so far and what the platform does with it, in start order. */
    public synchronized List<AppStatus> statuses() {
        return slots.values().stream().map(Slot::status).toList();
    }

    /**
     * The name of one instance of an application: the application's own name for the first,
     * {@code <app>-<n>} for the others (their log is {@code logs/<app>-<n>.log}).
     */
    public static String instanceName(String app, int instance) {
        return instance == 1 ? app : app + "-" + instance;
    }

    /** Kills an application at once (SIGKILL), as a crash or a power cut would; the rest keeps running. */
    public void kill(String app) {
        kill(app, 1);
    }

    /** Kills one instance (1-based) of an application at once (SIGKILL); the other instances keep running. */
    public void kill(String app, int instance) {
        AppProcess process;
        synchronized (this) {
            Slot slot = slots.get(instanceName(app, instance));
            process = slot == null ? null : slot.process;
        }
        if (process == null) {
            throw new IllegalArgumentException("Not running: " + instanceName(app, instance));
        }
        process.killNow();
    }

    /** Starts an application again (after {@link #kill(String)}, or stopping it first) and waits until it is ready. */
    public void restart(String app) {
        restart(app, 1);
    }

    /**
     * Starts one instance (1-based) of an application again and waits until it is ready: stops it
     * first (SIGTERM, then SIGKILL after 20 s) if it runs, cancels a pending restart after a crash
     * and starts the count of failures in a row again.
     */
    public void restart(String app, int instance) {
        AppSpec spec = Apps.require(app);
        if (!config.apps().contains(spec)) {
            throw new IllegalArgumentException(app + " is not part of this platform (applications: "
                    + String.join(", ", config.apps().stream().map(AppSpec::name).toList()) + ")");
        }
        String name = instanceName(app, instance);
        config.instancePort(app, instance);
        AppProcess old;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The platform is stopped");
            }
            Slot slot = slots.get(name);
            old = slot == null ? null : slot.process;
            if (slot != null) {
                slot.replacing = true;
                slot.generation++;
                slot.failuresInARow = 0;
                slot.restarts++;
                slot.cause = "on request at " + now();
                slot.state = AppStatus.State.STARTING;
                slot.detail = "restarting on request";
            }
        }
        changed();
        if (old != null && old.isAlive()) {
            LOG.info("Stopping {} (pid {}) to restart it", name, old.pid());
            AppProcess.stopAll(List.of(old), APP_STOP_GRACE);
        }
        awaitAll(List.of(launch(spec, instance)));
    }

    /** Waits for all in parallel and fails as soon as one fails. */
    private void awaitAll(List<AppProcess> started) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, started.size()), r -> {
            Thread t = new Thread(r, "ready-check");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<Object> firstFailure = new CompletableFuture<>();
            List<CompletableFuture<Void>> waits = started.stream()
                    .map(p -> CompletableFuture.runAsync(() -> {
                        p.awaitReady(config.readyTimeout());
                        ready(p);
                        LOG.info("{} ready in {} s", p.app().name(), p.age().toMillis() / 1000.0);
                    }, pool))
                    .toList();
            waits.forEach(w -> w.whenComplete((ok, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            }));
            CompletableFuture.anyOf(CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)), firstFailure).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    private AppWiring wiring() {
        return new AppWiring() {
            @Override
            public String baseUrl(String app) {
                return "http://127.0.0.1:" + config.appPort(app);
            }

            @Override
            public Optional<String> openIdProvider() {
                return config.keycloak() ? Optional.of(config.issuer()) : Optional.empty();
            }

            @Override
            public int smtpPort() {
                return config.smtpPort();
            }

            @Override
            public String localTokenEndpoint() {
                return tokenUrl();
            }

            @Override
            public String workspaceSecret(String name) {
                return WorkspaceSecrets.in(config.home()).get(name);
            }

            @Override
            public java.nio.file.Path dataDirectory(String app) {
                return config.home().resolve(app);
            }
        };
    }

    private synchronized void register(String name, AutoCloseable resource) {
        if (closed) {
            closeQuietly(name, resource);
            throw new IllegalStateException("Stopped while starting");
        }
        running.push(new Running(name, resource));
    }

    /** The embedded PostgreSQL, to stop and start under the running applications; none with an external database. */
    public Optional<Restartable> database() {
        return Optional.ofNullable(database);
    }

    /** The embedded Kafka broker, to stop and start under the running applications; none with an external broker. */
    public Optional<Restartable> broker() {
        return Optional.ofNullable(broker);
    }

    /**
     * The embedded Kafka cluster when the platform runs on several nodes ({@link PlatformConfig#brokers()}),
     * to kill and start one node under the running applications; empty with one broker or an external one.
     */
    public Optional<EmbeddedKafkaCluster> kafkaCluster() {
        return Optional.ofNullable(cluster).flatMap(r -> r.current(EmbeddedKafkaCluster.class));
    }

    public PlatformConfig config() {
        return config;
    }

    /** The platform's SMTP server: every e-mail the applications sent it. */
    public MailServer mail() {
        if (mailServer == null) {
            throw new IllegalStateException("The platform is not started");
        }
        return mailServer;
    }

    /** {@code http://127.0.0.1:<port>} of an application. */
    public String url(String app) {
        return "http://127.0.0.1:" + config.appPort(app);
    }

    /** {@code http://127.0.0.1:<port>} of one instance (1-based) of an application. */
    public String url(String app, int instance) {
        return "http://127.0.0.1:" + config.instancePort(app, instance);
    }

    /** {@code http://127.0.0.1:<port>} of the management interface ({@code /q/metrics}) of one instance of an application. */
    public String managementUrl(String app, int instance) {
        if (!Apps.hasManagementInterface(app)) {
            throw new IllegalArgumentException(app + " has no management interface");
        }
        return "http://127.0.0.1:" + config.managementPort(app, instance);
    }

    /** The same for the first instance. */
    public String managementUrl(String app) {
        return managementUrl(app, 1);
    }

    public String tokenUrl() {
        return "http://127.0.0.1:" + config.identityPort() + "/token";
    }

    public InfraEndpoints infra() {
        return infra;
    }

    /** A bearer token for {@code username} with {@code roles}, as the token endpoint would issue it. */
    public String token(String username, String... roles) {
        return identity.token(username, TokenServer.TOKEN_LIFETIME, roles);
    }

    /** The running application instances by {@link #instanceName}, in start order. */
    public synchronized Map<String, AppProcess> apps() {
        Map<String, AppProcess> current = new LinkedHashMap<>();
        slots.forEach((name, slot) -> current.put(name, slot.process));
        return Collections.unmodifiableMap(current);
    }

    /** A plain-text list of the platform's URLs. */
    public String summary() {
        StringBuilder sb = new StringBuilder("Kim Thanh border gate, local platform\n\n");
        for (AppSpec app : config.apps()) {
            String url = url(app.name());
            if (Apps.WEB_CONSOLE.equals(app.name())) {
                sb.append(String.format("  %-22s %-24s open it in a browser and sign in%s%n", app.name(), url + "/",
                        config.keycloak() ? " at Keycloak; demo users: driver, trader, gate, ... (password = user name)"
                                : " (no sign-in: Keycloak is off)"));
            } else {
                sb.append(String.format("  %-22s %-24s Swagger UI %s/q/swagger-ui%s%n", app.name(), url, url, metrics(app.name(), 1)));
            }
            for (int i = 2; i <= config.instances(app.name()); i++) {
                sb.append(String.format("  %-22s %-24s%s%n", instanceName(app.name(), i), url(app.name(), i), metrics(app.name(), i)));
            }
        }
        if (config.keycloak()) {
            sb.append(String.format("%n  %-22s %s  (realm kim-thanh)", "Keycloak", config.issuer()));
        }
        sb.append(String.format("%n  %-22s POST %s  (form fields username, password; for developers and tests)%n",
                "token endpoint", tokenUrl()));
        if (infra != null) {
            sb.append(String.format("  %-22s %s  (user %s)%n", "PostgreSQL", infra.jdbcUrlBase(), infra.dbUser()));
            sb.append(String.format("  %-22s %s%n", "Kafka", infra.kafkaBootstrap()));
        }
        sb.append(String.format("  %-22s %s%n", "logs", config.logsDirectory()));
        return sb.toString();
    }

    private String metrics(String app, int instance) {
        return Apps.hasManagementInterface(app) ? ", metrics " + managementUrl(app, instance) + "/q/metrics" : "";
    }

    /** Stops the applications (in parallel, 20 s grace each), then the token endpoint, Kafka and PostgreSQL. */
    @Override
    public void close() {
        List<AppProcess> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>();
            for (Slot slot : slots.values()) {
                toStop.add(slot.process);
                slot.state = AppStatus.State.STOPPING;
                slot.detail = "";
            }
        }
        restarts.shutdownNow();
        changed();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException ignored) {
                // the JVM is already shutting down, or boot() never ran
            }
        }
        if (!toStop.isEmpty()) {
            LOG.info("Stopping {}", toStop.stream().map(p -> p.app().name()).toList());
            AppProcess.stopAll(toStop, APP_STOP_GRACE);
        }
        while (true) {
            Running next;
            synchronized (this) {
                next = running.poll();
            }
            if (next == null) {
                break;
            }
            LOG.info("Stopping {}", next.name());
            closeQuietly(next.name(), next.resource());
        }
        LOG.info("Platform stopped");
    }

    private static void closeQuietly(String name, AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed: {}", name, e.toString());
        }
    }
}
