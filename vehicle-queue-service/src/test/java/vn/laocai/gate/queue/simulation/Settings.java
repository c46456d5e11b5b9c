package vn.laocai.gate.queue.simulation;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import vn.laocai.gate.queue.config.QueueConfig;

import java.time.Duration;
import java.util.Map;

/** The queue's settings with their defaults (Kim Thanh No. 2's), for the plain simulation tests. */
final class Settings {

    private Settings() {
    }

    static QueueConfig defaults() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(QueueConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(Map.of("gate.queue.qr.secret", "a test secret of at least thirty-two characters",
                                // read only when the QR tokens are made, which the simulation never does
                                "gate.queue.qr.signing-key", "unused-qr-signing-key.pem"),
                        "test", 250))
                .build();
        return config.getConfigMapping(QueueConfig.class);
    }
}
