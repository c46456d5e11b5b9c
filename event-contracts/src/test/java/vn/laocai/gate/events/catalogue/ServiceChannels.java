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
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a service reads from Kafka, as its {@code application.properties} says: each
 * {@code mp.messaging.incoming.<channel>} with its topic, consumer group and dead-letter topic (the channel's
 * own setting, else the connector's default). Profile-specific keys ({@code %test.}) are not the service's
 * deployment and are left out.
 */
record ServiceChannels(String service, List<Incoming> incoming) {

    private static final String CONFIG = "src/main/resources/application.properties";
    private static final String CONNECTOR = "mp.messaging.connector.smallrye-kafka.";
    private static final String INCOMING = "mp.messaging.incoming.";

    /** One inbound channel. {@code deadLetterTopic} is null when the channel does not dead-letter. */
    record Incoming(String channel, String topic, String group, String deadLetterTopic) {
    }

    /** The services among the modules of the build (the folders beside this module) that read a topic. */
    static List<ServiceChannels> ofModules(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(m -> Files.isRegularFile(m.resolve(CONFIG)))
                    .sorted()
                    .map(m -> read(m.getFileName().toString(), m.resolve(CONFIG)))
                    .filter(s -> !s.incoming().isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceChannels read(String module, Path file) {
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
        return new ServiceChannels(service, List.copyOf(incoming));
    }

    /** A channel's setting, else the connector's default for every channel. */
    private static String setting(Properties properties, String channelPrefix, String name) {
        String own = properties.getProperty(channelPrefix + name);
        return own != null ? own : properties.getProperty(CONNECTOR + name);
    }
}
