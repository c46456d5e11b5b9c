package vn.laocai.gate.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.laocai.gate.events.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a fresh real PostgreSQL and a real Kafka broker for a service's {@code @QuarkusTest}s and
 * points the service at them. Argument {@code database} names the service's database; argument
 * {@code topics} (comma separated) adds topics beyond the platform's event topics.
 */
public class EmbeddedInfraTestResource implements QuarkusTestResourceLifecycleManager {

    /** Where tests find the key pair that signs their tokens: see {@link #identity()}. */
    public static final Path IDENTITY_DIRECTORY = Path.of("target", "test-identity");

    private String database = "app";
    private List<String> extraTopics = List.of();
    private EmbeddedPostgresServer postgres;
    /** Static so that a test can take the broker down and bring it back (fault tests). */
    private static volatile EmbeddedKafkaBroker kafka;
    private static Path kafkaDirectory;
    private static int kafkaPort;
    private static int kafkaControllerPort;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        String topics = initArgs.getOrDefault("topics", "");
        extraTopics = topics.isBlank() ? List.of() : List.of(topics.split(","));
    }

    @Override
    public Map<String, String> start() {
        Path work = Path.of("target", "embedded-infra");
        deleteRecursively(work);
        postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), FreePorts.next());
        postgres.ensureDatabase(database);
        kafkaDirectory = work.resolve("kafka");
        kafkaPort = FreePorts.next();
        kafkaControllerPort = FreePorts.next();
        kafka = EmbeddedKafkaBroker.start(kafkaDirectory, kafkaPort, kafkaControllerPort);
        kafka.createTopics(Stream.concat(Topics.all().stream(), extraTopics.stream()).toList(), 3);
        DevIdentity identity = identity();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey.location", identity.publicKeyPath().toString(),
                "mp.jwt.verify.issuer", DevIdentity.ISSUER,
                // the vehicle queue's QR key (the other services have no such setting)
                "gate.queue.qr.signing-key", DevIdentity.ecSigningKey(IDENTITY_DIRECTORY, "qr-signing-key").toString());
    }

    /** The signing identity shared by the resource and the tests of one module. */
    public static DevIdentity identity() {
        return DevIdentity.loadOrCreate(IDENTITY_DIRECTORY);
    }

    /** Shuts the broker down, as an outage would; {@link #startKafka()} brings it back with its data. */
    public static synchronized void stopKafka() {
        if (kafka == null) {
            throw new IllegalStateException("No broker of this resource is running");
        }
        kafka.close();
        kafka = null;
    }

    /** Starts the broker again on the same ports and log directory. */
    public static synchronized void startKafka() {
        if (kafka == null) {
            kafka = EmbeddedKafkaBroker.start(kafkaDirectory, kafkaPort, kafkaControllerPort);
        }
    }

    @Override
    public void stop() {
        if (kafka != null) {
            stopKafka();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
