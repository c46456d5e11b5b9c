package vn.laocai.gate.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaClusterTest {

    static final String TOPIC = "test.thing.events";

    @TempDir
    Path home;

    @Test
    void one_of_three_nodes_killed_the_cluster_still_takes_writes_acknowledged_by_all_in_sync_replicas_and_loses_none() throws Exception {
        List<EmbeddedKafkaCluster.NodePorts> ports = IntStream.range(0, 3)
                .mapToObj(i -> new EmbeddedKafkaCluster.NodePorts(FreePorts.next(), FreePorts.next())).toList();
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(home.resolve("kafka"), ports)) {
            EmbeddedKafkaBroker.createTopics(cluster.bootstrapServers(), List.of(TOPIC), 3, 3);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                TopicDescription topic = admin.describeTopics(Set.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC);
                assertThat(topic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
                assertThat(admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
                        .get("min.insync.replicas").value()).isEqualTo("2");
            }
            List<String> sent = new ArrayList<>();
            int leader;
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "k" + i % 6, "before-" + i)).get(30, TimeUnit.SECONDS);
                    sent.add("before-" + i);
                }
                // the active controller, which leads a third of the partitions too, goes without warning
                leader = cluster.quorumLeader();
                cluster.kill(leader);
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "k" + i % 6, "after-" + i)).get(60, TimeUnit.SECONDS);
                    sent.add("after-" + i);
                }
            }
            List<String> read = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(TOPIC));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (read.size() < sent.size() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> read.add(r.value()));
                }
            }
            assertThat(read).containsExactlyInAnyOrderElementsOf(sent);

            assertThat(cluster.quorumLeader()).isNotEqualTo(leader);
            cluster.start(leader);
            cluster.awaitInSync(Set.of(TOPIC), Duration.ofSeconds(60));
            assertThat(cluster.running(leader)).isTrue();
        }
    }
}
