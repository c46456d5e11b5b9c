package vn.laocai.gate.customs.support;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.infra.CloudEventKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Plain Kafka clients on the test broker: publish CloudEvents as a producing service would, read topics back. */
public final class GateKafka {

    private GateKafka() {
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Publishes the event as a CloudEvent with a new id (returned), key = aggregate id. */
    public static String publish(GateEvent event) {
        String id = UUID.randomUUID().toString();
        publish(id, event);
        return id;
    }

    /** Publishes the event as a CloudEvent with the given id: the same id twice is a redelivery. */
    public static void publish(String id, GateEvent event) {
        EventType type = EventType.of(event);
        publishCloudEvent(type.topic(), event.aggregateId(), id, type.type(), EventCodec.encode(event));
    }

    /** Publishes a CloudEvent (binary mode) with any type and data, readable or not. */
    public static void publishCloudEvent(String topic, String key, String id, String type, byte[] data) {
        CloudEventKafka.publish(bootstrap(), topic, key, id, type, data);
    }

    /** Publishes raw bytes, e.g. a record that is no CloudEvent at all. */
    public static void publishRaw(String topic, String key, byte[] value) {
        CloudEventKafka.publishRaw(bootstrap(), topic, key, value);
    }

    /** Reads a whole topic from its beginning and keeps what it read. */
    public static final class Probe implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();

        public Probe(String topic) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** Every record read so far with the given key, after reading what arrived since the last call. */
        public synchronized List<ConsumerRecord<String, byte[]>> withKey(String key) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.stream().filter(r -> key.equals(r.key())).toList();
        }

        public static String header(ConsumerRecord<String, byte[]> record, String name) {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void close() {
            consumer.close();
        }
    }
}
