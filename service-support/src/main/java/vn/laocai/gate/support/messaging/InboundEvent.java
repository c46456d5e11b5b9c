package vn.laocai.gate.support.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.UnreadableEventException;

import java.time.Instant;

/** A CloudEvent read from Kafka, with its payload decoded into the contracts' record. */
public record InboundEvent(String id, String type, String source, Instant time, GateEvent payload) {

    /**
     * Reads a record in either CloudEvents mode (binary or structured).
     *
     * @throws UnreadableEventException when the record is no CloudEvent of a known type
     */
    public static InboundEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            event = reader.toEvent();
        } catch (RuntimeException e) {
            throw new UnreadableEventException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent: " + e.getMessage(), e);
        }
        byte[] data = event.getData() == null ? null : event.getData().toBytes();
        GateEvent payload = EventCodec.decode(event.getType(), data);
        Instant time = event.getTime() == null ? Instant.ofEpochMilli(record.timestamp()) : event.getTime().toInstant();
        return new InboundEvent(event.getId(), event.getType(), String.valueOf(event.getSource()), time, payload);
    }
}
