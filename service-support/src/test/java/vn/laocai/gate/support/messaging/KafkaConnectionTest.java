package vn.laocai.gate.support.messaging;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConnectionTest {

    @Test
    void a_client_of_our_own_reaches_a_secured_cluster_with_the_channels_settings_and_nothing_else() {
        Map<String, Object> channels = Map.of(
                "bootstrap.servers", "gate-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"customs-adapter\" password=\"x\";",
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "group.id", "customs-adapter",
                "auto.offset.reset", "earliest");

        assertThat(KafkaConnection.of(channels)).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.location").containsEntry("security.protocol", "SASL_SSL");
    }
}
