package vn.laocai.gate.customs.support;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.GateEvent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(id)
                .withType(type)
                .withSource(URI.create("/vn-gate/clearance-service"))
                .withSubject(key)
                .withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(data)
                .build();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()), new StringSerializer(),
                new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, cloudEvent)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + id, e);
        }
    }

    /** Publishes raw bytes, e.g. a record that is no CloudEvent at all. */
    public static void publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
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
