package vn.laocai.gate.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of event payloads, used by every producer and consumer.
 * Unknown fields are ignored so that a consumer keeps reading payloads that gained optional fields.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {
    }

    public static byte[] encode(GateEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public static String encodeToString(GateEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads a payload of the given CloudEvents type.
     *
     * @throws UnreadableEventException when the type is unknown or the payload does not match it
     */
    public static GateEvent decode(String type, byte[] data) {
        EventType eventType = EventType.ofType(type)
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + type));
        if (data == null || data.length == 0) {
            throw new UnreadableEventException("Event of type " + type + " has no data");
        }
        try {
            return MAPPER.readValue(data, eventType.payloadClass());
        } catch (IOException e) {
            throw new UnreadableEventException("Payload of " + type + " is not readable: " + e.getMessage(), e);
        }
    }
}
