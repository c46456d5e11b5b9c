package vn.laocai.gate.deploy;

import vn.laocai.gate.events.EventType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deployable application of the repository as its own files describe it, read when the checks run:
 * the production configuration of {@code src/main/resources/application.properties} ({@code %prod.}
 * entries over plain ones), the Kafka channels it declares, and what its main sources publish and
 * require.
 */
final class ServiceModule {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    /** Properties that always differ between a developer's machine and a deployment. */
    private static final Set<String> ALWAYS_PROVIDED = Set.of("quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password", "kafka.bootstrap.servers",
            "mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer");
    /** Of those, the addresses a service connects to (the issuer is a name compared with tokens, not an address). */
    private static final Set<String> ADDRESSES = Set.of("quarkus.datasource.jdbc.url", "kafka.bootstrap.servers",
            "mp.jwt.verify.publickey.location");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern LOCAL = Pattern.compile("(?i)\\b(localhost|127\\.0\\.0\\.1)\\b");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"\\s*\\)\\s*(?:final\\s+)?([\\w.]+)");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /**
     * A setting a deployment must give the service, as the environment variable that sets it; a
     * credential must come from a Secret (Kubernetes) or from .env (Compose), never a literal.
     */
    record Requirement(String property, String env, String reason, boolean mustNotBeLocal) {
        boolean credential() {
            return isCredential(property);
        }
    }

    private final String name;
    private final Path dir;
    private final Map<String, String> config;

    private ServiceModule(String name, Path dir, Map<String, String> config) {
        this.name = name;
        this.dir = dir;
        this.config = config;
    }

    /** Every module of the root pom with an application.properties naming a Quarkus application. */
    static List<ServiceModule> all() {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(REPO.resolve("pom.xml")));
        List<ServiceModule> modules = new java.util.ArrayList<>();
        while (m.find()) {
            Path props = REPO.resolve(m.group(1)).resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(props)) {
                Map<String, String> config = productionConfig(props);
                if (config.containsKey("quarkus.application.name")) {
                    modules.add(new ServiceModule(config.get("quarkus.application.name"), props.getParent()
                            .getParent().getParent().getParent(), config));
                }
            }
        }
        return modules;
    }

    static ServiceModule named(String name) {
        return all().stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No module with quarkus.application.name=" + name));
    }

    private static Map<String, String> productionConfig(Path file) {
        Properties raw = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            raw.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new TreeMap<>();
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> config.put(k, raw.getProperty(k).trim()));
        raw.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> config.put(k.substring("%prod.".length()), raw.getProperty(k).trim()));
        return config;
    }

    String name() {
        return name;
    }

    Path directory() {
        return dir;
    }

    Optional<String> property(String key) {
        return Optional.ofNullable(config.get(key));
    }

    int httpPort() {
        return Integer.parseInt(property("quarkus.http.port").orElse("8080"));
    }

    /** The port of its management interface (metrics), when it has one. */
    Optional<Integer> managementPort() {
        return property("quarkus.management.port").map(Integer::parseInt);
    }

    /** The database the service owns: the last path segment of its JDBC URL. */
    Optional<String> databaseName() {
        return property("quarkus.datasource.jdbc.url").map(ServiceModule::databaseOf);
    }

    static String databaseOf(String jdbcUrl) {
        String path = jdbcUrl.replaceFirst("\\?.*", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    boolean usesKafka() {
        return config.containsKey("kafka.bootstrap.servers");
    }

    /** Whether it runs service-support (outbox, topic bootstrap, Kafka readiness). */
    boolean usesServiceSupport() {
        return read(dir.resolve("pom.xml")).contains("<artifactId>service-support</artifactId>");
    }

    boolean hasHealthEndpoints() {
        String health = "<artifactId>quarkus-smallrye-health</artifactId>";
        return read(dir.resolve("pom.xml")).contains(health)
                || usesServiceSupport() && read(REPO.resolve("service-support/pom.xml")).contains(health);
    }

    /** The Kafka channels it reads: channel name to topic. */
    Map<String, String> incomingChannels() {
        Map<String, String> channels = new TreeMap<>();
        config.forEach((k, v) -> {
            Matcher m = INCOMING_TOPIC.matcher(k);
            if (m.matches()) {
                channels.put(m.group(1), v);
            }
        });
        return channels;
    }

    /** A channel's setting, falling back to the connector's default for every channel. */
    private Optional<String> channelSetting(String channel, String key) {
        return property("mp.messaging.incoming." + channel + "." + key)
                .or(() -> property("mp.messaging.connector.smallrye-kafka." + key));
    }

    Set<String> consumedTopics() {
        return new TreeSet<>(incomingChannels().values());
    }

    Set<String> consumerGroups() {
        Set<String> groups = new TreeSet<>();
        incomingChannels().keySet().forEach(ch -> groups.add(channelSetting(ch, "group.id").orElse(name)));
        return groups;
    }

    /** The dead-letter topics its channels park failed records on (the connector's default name if none is set). */
    Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>();
        incomingChannels().keySet().stream()
                .filter(ch -> channelSetting(ch, "failure-strategy").filter("dead-letter-queue"::equals).isPresent())
                .forEach(ch -> topics.add(channelSetting(ch, "dead-letter-queue.topic").orElse("dead-letter-topic-" + ch)));
        return topics;
    }

    /** Topics it creates next to the platform's (service-support's {@code gate.kafka.extra-topics}). */
    Set<String> extraTopics() {
        return property("gate.kafka.extra-topics").stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** Topics of the event types whose payloads its main sources construct, and its dead-letter topics. */
    Set<String> producedTopics() {
        String sources = mainSources();
        Set<String> topics = new TreeSet<>(deadLetterTopics());
        for (EventType type : EventType.all()) {
            if (Pattern.compile("new\\s+" + type.payloadClass().getSimpleName() + "\\s*\\(").matcher(sources).find()) {
                topics.add(type.topic());
            }
        }
        return topics;
    }

    /** Every setting a deployment must provide, keyed by environment variable. */
    Map<String, Requirement> requirements() {
        Map<String, Requirement> required = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            Matcher p = PLACEHOLDER.matcher(value);
            while (p.find()) {
                if (p.group(2) == null && !config.containsKey(p.group(1))) {
                    add(required, p.group(1), "'" + key + "' reads ${" + p.group(1) + "} without a default", false);
                }
            }
            if (ALWAYS_PROVIDED.contains(key)) {
                add(required, key, "differs in every deployment", ADDRESSES.contains(key));
            } else if (LOCAL.matcher(resolve(value, 0)).find()) {
                add(required, key, "its default points at this machine (" + resolve(value, 0) + ")", true);
            } else if (isCredential(key)) {
                add(required, key, "a credential: its default, if any, is for local runs only", false);
            }
        });
        String sources = mainSources() + (usesServiceSupport() ? sourcesOf(REPO.resolve("service-support")) : "");
        Matcher m = CONFIG_PROPERTY.matcher(sources);
        while (m.find()) {
            if (!m.group(2).startsWith("Optional") && !config.containsKey(m.group(1))) {
                add(required, m.group(1), "read by @ConfigProperty without a default", false);
            }
        }
        return required;
    }

    /** A value with its ${property} references to other properties of the file replaced by their values. */
    private String resolve(String value, int depth) {
        Matcher p = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            String referenced = config.get(p.group(1));
            String replacement = referenced != null && depth < 5 ? resolve(referenced, depth + 1)
                    : p.group(2) != null ? p.group(2).substring(1) : p.group();
            p.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        p.appendTail(out);
        return out.toString();
    }

    private static void add(Map<String, Requirement> required, String property, String reason, boolean notLocal) {
        String env = envName(property);
        required.putIfAbsent(env, new Requirement(property, env, reason, notLocal));
    }

    /** The environment variable MicroProfile Config maps to a property: {@code quarkus.http.port} to {@code QUARKUS_HTTP_PORT}. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Passwords, secrets and tokens, by the last segment of the property's name. */
    static boolean isCredential(String property) {
        String last = property.substring(property.lastIndexOf('.') + 1);
        return Stream.of("password", "secret", "token").anyMatch(last::endsWith);
    }

    static boolean isLocal(String value) {
        return LOCAL.matcher(value).find();
    }

    private String mainSources() {
        return sourcesOf(dir);
    }

    private static String sourcesOf(Path module) {
        Path src = module.resolve("src/main/java");
        if (!Files.isDirectory(src)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(src)) {
            StringBuilder all = new StringBuilder();
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.append(read(f)).append('\n'));
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
