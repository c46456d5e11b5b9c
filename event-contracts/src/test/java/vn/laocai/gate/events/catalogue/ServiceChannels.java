package vn.laocai.gate.events.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from Kafka, as its {@code application.properties} says: each
 * {@code mp.messaging.incoming.<channel>} with its topic, consumer group and dead-letter topic (the channel's
 * own setting, else the connector's default). Profile-specific keys ({@code %test.}) are not the service's
 * deployment and are left out. {@code handled} names the payloads its {@code *EventHandlers} apply
 * ({@code .on(CrossingBooked.class, ...)}); it ignores the other types on the topics it reads.
 */
record ServiceChannels(String service, List<Incoming> incoming, Set<String> handled) {

    private static final String CONFIG = "src/main/resources/application.properties";
    private static final String CONNECTOR = "mp.messaging.connector.smallrye-kafka.";
    private static final String INCOMING = "mp.messaging.incoming.";
    private static final Pattern HANDLER = Pattern.compile("\\.on\\(([A-Z][A-Za-z0-9]*)\\.class");

    /** One inbound channel. {@code deadLetterTopic} is null when the channel does not dead-letter. */
    record Incoming(String channel, String topic, String group, String deadLetterTopic) {
    }

    /** The services among the modules of the build (the folders beside this module) that read a topic. */
    static List<ServiceChannels> ofModules(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(m -> Files.isRegularFile(m.resolve(CONFIG)))
                    .sorted()
                    .map(m -> read(m.getFileName().toString(), m.resolve(CONFIG), handled(m)))
                    .filter(s -> !s.incoming().isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payloads the module's {@code application/*EventHandlers.java} apply. */
    static Set<String> handled(Path module) {
        Set<String> handled = new TreeSet<>();
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return handled;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("EventHandlers.java")
                    && f.getParent().getFileName().toString().equals("application")).toList()) {
                Matcher on = HANDLER.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (on.find()) {
                    handled.add(on.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return handled;
    }

    static ServiceChannels read(String module, Path file, Set<String> handled) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String service = properties.getProperty("quarkus.application.name", module);
        TreeSet<String> channels = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(INCOMING) && key.endsWith(".topic")) {
                String channel = key.substring(INCOMING.length(), key.length() - ".topic".length());
                if (!channel.contains(".")) { // not ....<channel>.dead-letter-queue.topic
                    channels.add(channel);
                }
            }
        }
        List<Incoming> incoming = new ArrayList<>();
        for (String channel : channels) {
            String prefix = INCOMING + channel + ".";
            String deadLetter = "dead-letter-queue".equals(setting(properties, prefix, "failure-strategy"))
                    ? setting(properties, prefix, "dead-letter-queue.topic") : null;
            incoming.add(new Incoming(channel, properties.getProperty(prefix + "topic"),
                    setting(properties, prefix, "group.id"), deadLetter));
        }
        incoming.sort(Comparator.comparing(Incoming::topic).thenComparing(Incoming::channel));
        return new ServiceChannels(service, List.copyOf(incoming), Set.copyOf(handled));
    }

    /** A channel's setting, else the connector's default for every channel. */
    private static String setting(Properties properties, String channelPrefix, String name) {
        String own = properties.getProperty(channelPrefix + name);
        return own != null ? own : properties.getProperty(CONNECTOR + name);
    }
}
