package vn.laocai.gate.simulation;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import vn.laocai.gate.queue.config.QueueConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The vehicle-queue service's own configuration ({@link QueueConfig}, {@code gate.queue.*}): its
 * defaults, then the values of the service's {@code application.properties}, then the overrides of
 * a run (e.g. {@code gate.queue.lanes.export=3}). The simulation reads every rule setting from it.
 */
public final class ServiceSettings {

    private ServiceSettings() {
    }

    public static QueueConfig load(Map<String, String> overrides) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(QueueConfig.class)
                // durations as the service writes them (15s, PT1H), read the way Quarkus reads them
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(serviceProperties(), "vehicle-queue-service application.properties", 250))
                // the QR signing key is a secret with no default; the simulation issues no QR, so a path that is never read
                .withSources(new PropertiesConfigSource(Map.of("gate.queue.qr.signing-key", "unused-qr-signing-key.pem"),
                        "simulation placeholders", 100))
                .withSources(new PropertiesConfigSource(new HashMap<>(overrides), "simulation overrides", 400))
                .build();
        return config.getConfigMapping(QueueConfig.class);
    }

    public static QueueConfig defaults() {
        return load(Collections.emptyMap());
    }

    /** The {@code gate.queue.*} lines of the service's application.properties (profile lines left out). */
    static Map<String, String> serviceProperties() {
        Map<String, String> values = new HashMap<>();
        try {
            for (URL url : Collections.list(QueueConfig.class.getClassLoader().getResources("application.properties"))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                properties.stringPropertyNames().stream().filter(k -> k.startsWith("gate.queue."))
                        .forEach(k -> values.put(k, properties.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("the vehicle-queue service's application.properties is not on the classpath");
        }
        return values;
    }
}
