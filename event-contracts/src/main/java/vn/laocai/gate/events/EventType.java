package vn.laocai.gate.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type of the platform: its CloudEvents {@code type}, its payload record, the topic
 * it is published on and its JSON Schema. A breaking change gets a new type, never a new shape.
 */
public enum EventType {

    CROSSING_BOOKED("vn.gate.queue.CrossingBooked", CrossingBooked.class, Topics.QUEUE_BOOKING),
    VEHICLE_RELEASED("vn.gate.queue.VehicleReleased", VehicleReleased.class, Topics.QUEUE_BOOKING),
    DECLARATION_SUBMITTED("vn.gate.clearance.DeclarationSubmitted", DeclarationSubmitted.class, Topics.CLEARANCE_DECLARATION),
    CONSIGNMENT_CLEARED("vn.gate.clearance.ConsignmentCleared", ConsignmentCleared.class, Topics.CLEARANCE_DECLARATION),
    CUSTOMS_CHANNEL_ASSIGNED("vn.gate.customs.CustomsChannelAssigned", CustomsChannelAssigned.class, Topics.CUSTOMS_HANDOFF),
    CUSTOMS_RELEASED("vn.gate.customs.CustomsReleased", CustomsReleased.class, Topics.CUSTOMS_HANDOFF);

    private final String type;
    private final Class<? extends GateEvent> payloadClass;
    private final String topic;

    EventType(String type, Class<? extends GateEvent> payloadClass, String topic) {
        this.type = type;
        this.payloadClass = payloadClass;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    public Class<? extends GateEvent> payloadClass() {
        return payloadClass;
    }

    public String topic() {
        return topic;
    }

    /** Classpath location of the JSON Schema of the payload. */
    public String schemaResource() {
        return "/schemas/" + payloadClass.getSimpleName() + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute. */
    public String dataSchema() {
        return "urn:vn-gate:schema:" + payloadClass.getSimpleName() + ":1";
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(GateEvent event) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a registered event: " + event.getClass()));
    }
}
