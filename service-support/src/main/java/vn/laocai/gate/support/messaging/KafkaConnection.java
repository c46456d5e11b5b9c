package vn.laocai.gate.support.messaging;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings a Kafka client of our own (outside the messaging channels) needs to reach the same
 * cluster as the channels: the bootstrap servers and every {@code security.*}, {@code sasl.*} and
 * {@code ssl.*} setting of the default Kafka configuration ({@code @Identifier("default-kafka-broker")}),
 * so that it also connects to a secured cluster (TLS, SCRAM).
 */
public final class KafkaConnection {

    private KafkaConnection() {
    }

    public static Map<String, Object> of(Map<String, Object> defaultBroker) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", defaultBroker.get("bootstrap.servers"));
        defaultBroker.forEach((k, v) -> {
            if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                config.put(k, v);
            }
        });
        return config;
    }
}
