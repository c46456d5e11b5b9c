package vn.laocai.gate.infra;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Test helpers to put CloudEvents (or garbage) on a topic and to watch what a service publishes. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Publishes a CloudEvent in binary mode, as the services' outbox relays do. */
    public static void publish(String bootstrap, String topic, String key, String eventId, String type, byte[] data) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId)
                .withType(type)
                .withSource(URI.create("/vn-gate/test"))
                .withSubject(key)
                .withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(data)
                .build();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(producerConfig(bootstrap),
                new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, event)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Publishes raw bytes that are no CloudEvent: a poison record. */
    public static void publishRaw(String bootstrap, String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> producerConfig(String bootstrap) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all");
    }

    /** Starts collecting, in the background, every CloudEvent on {@code topic} from its beginning. */
    public static Collector collect(String bootstrap, String topic) {
        return new Collector(bootstrap, topic);
    }

    /** Starts collecting, in the background, every raw record on {@code topic} from its beginning. */
    public static RawCollector collectRaw(String bootstrap, String topic) {
        return new RawCollector(bootstrap, topic);
    }

    /** Records seen on a topic, polled in the background; thread-safe; close it to stop polling. */
    public static class RecordCollector<V> implements AutoCloseable {

        private final List<ConsumerRecord<String, V>> records = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread poller;

        RecordCollector(String bootstrap, String topic, Deserializer<V> valueDeserializer) {
            Map<String, Object> config = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            poller = new Thread(() -> {
                try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), valueDeserializer)) {
                    consumer.subscribe(List.of(topic));
                    while (running.get()) {
                        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                    }
                }
            }, "collector-" + topic);
            poller.setDaemon(true);
            poller.start();
        }

        public List<ConsumerRecord<String, V>> records() {
            return new ArrayList<>(records);
        }

        @Override
        public void close() {
            running.set(false);
            try {
                poller.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** CloudEvents seen on a topic. */
    public static final class Collector extends RecordCollector<CloudEvent> {

        private Collector(String bootstrap, String topic) {
            super(bootstrap, topic, new CloudEventDeserializer());
        }

        public List<CloudEvent> events() {
            return records().stream().map(ConsumerRecord::value).toList();
        }

        public List<CloudEvent> ofType(String type) {
            return events().stream().filter(e -> type.equals(e.getType())).toList();
        }
    }

    /** Raw records seen on a topic, for dead-letter topics. */
    public static final class RawCollector extends RecordCollector<byte[]> {

        private RawCollector(String bootstrap, String topic) {
            super(bootstrap, topic, new ByteArrayDeserializer());
        }
    }
}
