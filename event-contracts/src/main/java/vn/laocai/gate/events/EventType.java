package vn.laocai.gate.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An event type of the platform: its CloudEvents {@code type}, its payload record, the topic it
 * is published on and its JSON Schema. A breaking change gets a new type, never a new shape.
 *
 * <p>Each bounded context lists its own types in its own enum ({@link QueueEventType},
 * {@link ClearanceEventType}, {@link CustomsEventType}); this interface is the registry of all.
 */
public interface EventType {

    /** What defines a type; each context's enum constants hold one. */
    record Definition(String type, Class<? extends GateEvent> payloadClass, String topic) {
    }

    Definition definition();

    /** The CloudEvents {@code type} attribute, {@code vn.gate.<context>.<Name>}. */
    default String type() {
        return definition().type();
    }

    default Class<? extends GateEvent> payloadClass() {
        return definition().payloadClass();
    }

    default String topic() {
        return definition().topic();
    }

    /** Classpath location of the JSON Schema of the payload. */
    default String schemaResource() {
        return "/schemas/" + payloadClass().getSimpleName() + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute. */
    default String dataSchema() {
        return "urn:vn-gate:schema:" + payloadClass().getSimpleName() + ":1";
    }

    /** Every registered type of every context. */
    static List<EventType> all() {
        List<EventType> all = new ArrayList<>();
        Collections.addAll(all, QueueEventType.values());
        Collections.addAll(all, ClearanceEventType.values());
        Collections.addAll(all, CustomsEventType.values());
        return List.copyOf(all);
    }

    static Optional<EventType> ofType(String type) {
        return all().stream().filter(t -> t.type().equals(type)).findFirst();
    }

    static EventType of(GateEvent event) {
        return all().stream()
                .filter(t -> t.payloadClass() == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a registered event: " + event.getClass()));
    }
}
