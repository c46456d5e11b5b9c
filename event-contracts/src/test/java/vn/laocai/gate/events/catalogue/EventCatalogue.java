package vn.laocai.gate.events.catalogue;

import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one model of the platform's topics from which the AsyncAPI document and the topic tables of the
 * READMEs are written: the event types ({@link EventType#all()}) and their topics ({@link Topics#all()}),
 * who publishes each type (each context's enum is one service's), and who reads each topic, from the
 * services' own configuration ({@link ServiceChannels}), with the dead-letter topics they park records on.
 */
record EventCatalogue(List<Topic> topics, List<ServiceChannels> services) {

    /** The service that publishes the types of each context's enum. */
    static final Map<Class<?>, String> PRODUCERS = Map.of(
            QueueEventType.class, "vehicle-queue-service",
            ClearanceEventType.class, "clearance-service",
            CustomsEventType.class, "customs-adapter");

    /** What the record key of each event topic is, and what the topic is for. */
    static final Map<String, String[]> TOPIC_NOTES = Map.of(
            Topics.QUEUE_BOOKING, new String[] {"booking code (the closure id for `GateClosed` and `GateReopened`, "
                    + "`slots:<day>:<direction>` for `SlotCalendarChanged`, `block:<id>` for `BookingBlocked` and `BookingBlockLifted`)",
                    "Bookings, the yard queue and the gate, from vehicle-queue-service."},
            Topics.QUEUE_BORDER_GUARD, new String[] {"booking code",
                    "The vehicles and drivers handed to the border guard's check, with the driver's document: "
                    + "read by customs-adapter alone (its own ACL in the deployment), kept 3 days."},
            Topics.CLEARANCE_DECLARATION, new String[] {"declaration id",
                    "Declarations and consignments, from clearance-service."},
            Topics.CUSTOMS_HANDOFF, new String[] {"declaration id",
                    "Handoffs to the agency systems and their answers, from customs-adapter."});

    /**
     * Who reads a dead-letter topic, when a service does (with a Kafka client of its own, not a channel): the
     * others are read by people, with Kafka's tools, after a fix.
     */
    static final Map<String, Reader> DEAD_LETTER_READERS = Map.of(
            "customs.dead-letter", new Reader("customs-adapter", "its dead-letter replay (`/api/dead-letters`, "
                    + "`./gate replay`), on a supervisor's request", null, null));

    /** A topic: the event types on it and who publishes them, or a dead-letter topic and whose records it parks. */
    record Topic(String address, String producer, String key, String description, List<EventType> types,
                 List<Reader> readers, boolean deadLetter) {

        /** The AsyncAPI channel id: the address in camel case, {@code queue.booking.events} is {@code queueBookingEvents}. */
        String channelId() {
            return camel(address);
        }
    }

    /** A service's inbound channel on a topic, and the types of the topic it applies (null: every one). */
    record Reader(String service, String channel, String group, List<EventType> applies) {
    }

    /** The catalogue of the build whose modules are the folders in {@code root}. */
    static EventCatalogue of(Path root) {
        return of(ServiceChannels.ofModules(root));
    }

    static EventCatalogue of(List<ServiceChannels> services) {
        List<Topic> topics = new ArrayList<>();
        for (String address : Topics.all()) {
            List<EventType> types = EventType.all().stream().filter(t -> t.topic().equals(address)).toList();
            TreeSet<String> producers = new TreeSet<>();
            types.forEach(t -> producers.add(producer(t)));
            if (producers.size() != 1) {
                throw new IllegalStateException(address + " must have one producer, has " + producers);
            }
            String[] notes = TOPIC_NOTES.get(address);
            if (notes == null) {
                throw new IllegalStateException(address + " has no key and description in EventCatalogue.TOPIC_NOTES");
            }
            topics.add(new Topic(address, producers.first(), notes[0], notes[1], types, readers(services, address), false));
        }
        Map<String, ServiceChannels> deadLetters = new LinkedHashMap<>();
        for (ServiceChannels service : services) {
            for (ServiceChannels.Incoming in : service.incoming()) {
                if (in.deadLetterTopic() != null) {
                    deadLetters.putIfAbsent(in.deadLetterTopic(), service);
                }
            }
        }
        deadLetters.forEach((address, service) -> {
            List<EventType> parked = EventType.all().stream()
                    .filter(t -> service.incoming().stream().anyMatch(
                            in -> address.equals(in.deadLetterTopic()) && in.topic().equals(t.topic())))
                    .toList();
            topics.add(new Topic(address, service.service(), "as received",
                    "The records " + service.service() + " could not apply (unreadable, or failing after its retries), "
                            + "parked with the headers `dead-letter-reason`, `dead-letter-cause`, `dead-letter-topic`, "
                            + "`dead-letter-partition` and `dead-letter-offset`; people replay them after a fix.",
                    parked, DEAD_LETTER_READERS.containsKey(address) ? List.of(DEAD_LETTER_READERS.get(address))
                            : List.of(), true));
        });
        for (ServiceChannels service : services) {
            for (ServiceChannels.Incoming in : service.incoming()) {
                if (!Topics.all().contains(in.topic())) {
                    throw new IllegalStateException(service.service() + " reads " + in.topic() + ", which is no topic of Topics");
                }
            }
            for (String handled : service.handled()) {
                EventType type = EventType.all().stream().filter(t -> t.payloadClass().getSimpleName().equals(handled))
                        .findFirst().orElseThrow(() -> new IllegalStateException(
                                service.service() + " handles " + handled + ", which is no event type"));
                if (service.incoming().stream().noneMatch(in -> in.topic().equals(type.topic()))) {
                    throw new IllegalStateException(service.service() + " handles " + handled
                            + " but reads no channel of " + type.topic());
                }
            }
        }
        return new EventCatalogue(List.copyOf(topics), services);
    }

    static String producer(EventType type) {
        String producer = PRODUCERS.get(type.getClass());
        if (producer == null) {
            throw new IllegalStateException(type.getClass().getSimpleName()
                    + " names no producing service in EventCatalogue.PRODUCERS");
        }
        return producer;
    }

    private static List<Reader> readers(List<ServiceChannels> services, String address) {
        List<Reader> readers = new ArrayList<>();
        for (ServiceChannels service : services) {
            for (ServiceChannels.Incoming in : service.incoming()) {
                if (in.topic().equals(address)) {
                    List<EventType> applies = EventType.all().stream().filter(t -> t.topic().equals(address)
                            && service.handled().contains(t.payloadClass().getSimpleName())).toList();
                    readers.add(new Reader(service.service(), in.channel(), in.group(), applies));
                }
            }
        }
        return List.copyOf(readers);
    }

    static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
