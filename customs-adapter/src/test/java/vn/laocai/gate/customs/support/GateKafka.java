package vn.laocai.gate.customs.support;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.infra.CloudEventKafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The Kafka companion on the test broker: publish CloudEvents as a producing service would, read topics back. */
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

    /** Reads a whole topic from its beginning, in the background (the Kafka companion), and keeps what it read. */
    public static final class Probe implements AutoCloseable {

        private final ConsumerTask<String, byte[]> records;

        public Probe(String topic) {
            records = CloudEventKafka.on(bootstrap()).consume(byte[].class).fromTopics(topic);
        }

        /** Every record read so far with the given key. */
        public List<ConsumerRecord<String, byte[]>> withKey(String key) {
            return records.getRecords().stream().filter(r -> key.equals(r.key())).toList();
        }

        public static String header(ConsumerRecord<String, byte[]> record, String name) {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            records.close();
        }
    }
}
