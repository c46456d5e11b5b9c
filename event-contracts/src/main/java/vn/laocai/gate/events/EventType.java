package vn.laocai.gate.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An event type of the platform: its CloudEvents {@code type}, its payload record, the topic it
 * is published on and its JSON Schema. A breaking change gets a new type, never a new shape.
 *
 * <p>Names follow the project's domain, {@code gate.laocai.vn}: {@code type}
 * {@code vn.laocai.gate.<context>.<Name>}, {@code source} {@code https://gate.laocai.vn/<service>}
 * ({@link #source(String)}), {@code dataschema} {@code https://gate.laocai.vn/schemas/events/<Name>/1.json}
 * (the {@code $id} of the schema). The names of before ({@code vn.gate.<context>.<Name>}) are still read
 * ({@link #ofType(String)}), so records already on the topics or parked on a dead-letter topic stay readable.
 *
 * <p>Each bounded context lists its own types in its own enum ({@link QueueEventType},
 * {@link ClearanceEventType}, {@link CustomsEventType}); this interface is the registry of all.
 */
public interface EventType {

    /** What defines a type; each context's enum constants hold one. */
    record Definition(String type, Class<? extends GateEvent> payloadClass, String topic) {
    }

    Definition definition();

    /** Prefix of every CloudEvents {@code type}: the project's domain, reversed. */
    String TYPE_PREFIX = "vn.laocai.gate.";
    /** Prefix of the types published before the names followed the domain; still accepted by consumers. */
    String LEGACY_TYPE_PREFIX = "vn.gate.";
    /** Base of the {@code source} of every event and of the {@code dataschema} of every type. */
    String DOMAIN_URI = "https://gate.laocai.vn/";

    /** The CloudEvents {@code type} attribute, {@code vn.laocai.gate.<context>.<Name>}. */
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

    /** The type as it was published before, {@code vn.gate.<context>.<Name>}: read, never written. */
    default String legacyType() {
        return LEGACY_TYPE_PREFIX + type().substring(TYPE_PREFIX.length());
    }

    /** The CloudEvents {@code dataschema} attribute, also the {@code $id} of the schema. */
    default String dataSchema() {
        return DOMAIN_URI + "schemas/events/" + payloadClass().getSimpleName() + "/1.json";
    }

    /** The CloudEvents {@code source} of the events a service publishes. */
    static String source(String service) {
        return DOMAIN_URI + service;
    }

    /** Every registered type of every context. */
    static List<EventType> all() {
        List<EventType> all = new ArrayList<>();
        Collections.addAll(all, QueueEventType.values());
        Collections.addAll(all, ClearanceEventType.values());
        Collections.addAll(all, CustomsEventType.values());
        return List.copyOf(all);
    }

    /** The type of a CloudEvents {@code type} attribute, under its name or the name of before. */
    static Optional<EventType> ofType(String type) {
        return all().stream().filter(t -> t.type().equals(type) || t.legacyType().equals(type)).findFirst();
    }

    static EventType of(GateEvent event) {
        return all().stream()
                .filter(t -> t.payloadClass() == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a registered event: " + event.getClass()));
    }
}
