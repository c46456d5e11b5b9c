package vn.laocai.gate.infra;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the Kafka companion lacks for the platform's tests: CloudEvents in binary mode (the {@code ce_*} headers),
 * as the services' outbox relays write them. {@code on(bootstrap).consume(CloudEvent.class).fromTopics(topic)}
 * collects a topic's events from its beginning; {@code consume(byte[].class)} its raw records.
 */
public final class CloudEventKafka {

    /** The {@code source} of the events the tests publish. */
    public static final URI TEST_SOURCE = URI.create("https://gate.laocai.vn/test");

    private static final Map<String, KafkaCompanion> COMPANIONS = new ConcurrentHashMap<>();

    private CloudEventKafka() {
    }

    /** One companion per broker for the test JVM, with a CloudEvent serde registered. */
    public static KafkaCompanion on(String bootstrap) {
        return COMPANIONS.computeIfAbsent(bootstrap, b -> {
            KafkaCompanion companion = new KafkaCompanion(b);
            companion.registerSerde(CloudEvent.class, new CloudEventSerializer(), new CloudEventDeserializer());
            return companion;
        });
    }

    /** How long a test's record may take to be acknowledged: a cluster that lost a node finds the new leader first. */
    static final java.time.Duration ACKNOWLEDGED_WITHIN = java.time.Duration.ofSeconds(60);

    /** Publishes a CloudEvent in binary mode, key = subject, and waits until the broker has it. */
    public static void publish(String bootstrap, String topic, String key, String eventId, String type, byte[] data) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId)
                .withType(type)
                .withSource(TEST_SOURCE)
                .withSubject(key)
                .withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(data)
                .build();
        on(bootstrap).produce(CloudEvent.class).fromRecords(KafkaCompanion.record(topic, key, event)).awaitCompletion(ACKNOWLEDGED_WITHIN);
    }

    /** Publishes raw bytes that are no CloudEvent: a poison record. */
    public static void publishRaw(String bootstrap, String topic, String key, byte[] value) {
        on(bootstrap).produce(byte[].class).fromRecords(KafkaCompanion.record(topic, key, value)).awaitCompletion(ACKNOWLEDGED_WITHIN);
    }

    /** The events collected so far. */
    public static List<CloudEvent> events(ConsumerTask<String, CloudEvent> task) {
        return task.getRecords().stream().map(ConsumerRecord::value).toList();
    }

    /** The events of one type collected so far. */
    public static List<CloudEvent> ofType(ConsumerTask<String, CloudEvent> task, String type) {
        return events(task).stream().filter(e -> type.equals(e.getType())).toList();
    }
}
