package vn.laocai.gate.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;
import vn.laocai.gate.stack.PlatformConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A platform that several test classes share: started by the first class that needs it, closed once by
 * JUnit after the last test of the run. Starting a platform costs most of a minute of both cores, so
 * classes whose tests leave each other's data alone (distinct plates, accounts and declarations) share one.
 * A class that restarts or kills parts of its platform keeps a platform of its own, unless it repairs
 * each fault before it returns, as {@link FaultMatrixIT} does.
 */
final class SharedPlatform implements BeforeAllCallback {

    /**
     * The crossing's services and the notification service (no web console) with a simulator that answers
     * all green on its own timing: the setting the README gives for a first run, whose walk-through shows
     * the notices arriving; Kafka as the deployment has it, three nodes (replication 3, min.insync.replicas 2),
     * so that the fault matrix can kill one.
     */
    static final SharedPlatform ALL_GREEN = new SharedPlatform("all-green", home -> PlatformConfig.builder(home, repository())
            .freePorts()
            .brokers(3)
            .apps(Stream.concat(PlatformIT.SERVICES.stream(), Stream.of(Apps.NOTIFICATION)).toList())
            .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_ALL_GREEN", "true")
            // four services migrate their databases at once: at a load of 110 on 2 cores notification-service's first
            // connection took longer than the pool's 5 s and its start failed
            .env(Apps.VEHICLE_QUEUE, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "PT2M")
            .env(Apps.CLEARANCE, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "PT2M")
            .env(Apps.CUSTOMS_ADAPTER, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "PT2M")
            .env(Apps.NOTIFICATION, "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "PT2M")
            // no slot reminder: the bookings' windows start now, a reminder would depend on the minute a test runs
            .env(Apps.NOTIFICATION, "GATE_NOTIFICATION_REMINDER_LEAD", "PT0S")
            // retries at most 5 s apart, 40 of them: an SMS waits through NotificationsIT's minute of gateway outage
            // and goes out within seconds of its end (the defaults, 8 attempts doubling from 1 s, give up after 127 s)
            .env(Apps.NOTIFICATION, "GATE_NOTIFICATION_DELIVERY_MAX_BACKOFF", "5s")
            .env(Apps.NOTIFICATION, "GATE_NOTIFICATION_DELIVERY_MAX_ATTEMPTS", "40")
            // the fault matrix books hundreds of crossings into the next hours: room for 500 an hour
            .env(Apps.VEHICLE_QUEUE, "GATE_QUEUE_LANES_VEHICLES_PER_LANE_PER_DAY", "6000")
            // the fault matrix restarts all four at once: on a busy 2-core machine that took up to 4 min
            .readyTimeout(Duration.ofSeconds(420))
            .build());

    /**
     * The crossing's services with the web console, the notification service and Keycloak, the simulated
     * customs on the green channel and the quarantine and border-guard officers deciding
     * ({@link PlatformIT#builder}): the browser journeys (the Chinese driver's SMS and inbox among them) and
     * the platform's restart. Keycloak starts once a run, here.
     */
    static final SharedPlatform GREEN_WITH_CONSOLE = new SharedPlatform("green-console", home -> {
        List<String> apps = new ArrayList<>(PlatformIT.SERVICES);
        apps.add(Apps.WEB_CONSOLE);
        apps.add(Apps.NOTIFICATION);
        // Keycloak signs people in (code flow); its distribution is the one ./gate up unpacked (and built) once
        // on a loaded 2-core machine Keycloak's first start (its build, then the realm import) took over 300 s
        PlatformConfig.Builder config = PlatformIT.builder(home, "GREEN").apps(apps).keycloak(true).readyTimeout(Duration.ofSeconds(600));
        return config.keycloakDistributions(config.build().repoRoot().resolve(".gate").resolve("keycloak")).build();
    });

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    private final String name;
    private final Function<Path, PlatformConfig> config;
    private volatile Started started;

    private SharedPlatform(String name, Function<Path, PlatformConfig> config) {
        this.name = name;
        this.config = config;
    }

    static Path repository() {
        return Path.of(System.getProperty("gate.root", "..")).toAbsolutePath().normalize();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started = context.getRoot().getStore(NAMESPACE).computeIfAbsent(name, key -> start(), Started.class);
    }

    /** The running platform; only after JUnit has called {@link #beforeAll}. */
    Platform platform() {
        if (started == null) {
            throw new IllegalStateException("platform " + name + " is used before it was started");
        }
        return started.platform();
    }

    private Started start() {
        try {
            return new Started(Platform.start(config.apply(Files.createTempDirectory("gate-" + name + "-"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closed by JUnit with the root store, at the end of the run. */
    private record Started(Platform platform) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            platform.close();
            try (Stream<Path> files = Files.walk(platform.config().home())) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
