package vn.laocai.gate.notification.support;

import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.infra.CloudEventKafka;

import java.util.UUID;

/** What the other services would do, for the tests: publish their events; and tokens of the local identity. */
public final class Platform {

    private Platform() {
    }

    /** Publishes {@code event} on its topic under a new event id; answers the id. */
    public static String publish(String bootstrap, GateEvent event) {
        String id = UUID.randomUUID().toString();
        publish(bootstrap, id, event);
        return id;
    }

    /** Publishes {@code event} on its topic under the given event id (again, for a redelivery). */
    public static void publish(String bootstrap, String eventId, GateEvent event) {
        EventType type = EventType.of(event);
        CloudEventKafka.publish(bootstrap, type.topic(), event.aggregateId(), eventId, type.type(), EventCodec.encode(event));
    }

    public static String token(String user, String role) {
        return EmbeddedInfraTestResource.identity().token(user, role);
    }

    /** A booking code of the queue's form, fresh for each call. */
    public static String bookingCode() {
        return "KT2-" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }
}
