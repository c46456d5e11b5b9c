package vn.laocai.gate.events;

import java.util.List;

/** Kafka topic names: one per producing aggregate, named {@code <context>.<aggregate>.events}
 * ({@code queue.border-guard.events}: by its one reader, the border guard's handoff). */
public final class Topics {

    /** Bookings and vehicles of vehicle-queue-service. */
    public static final String QUEUE_BOOKING = "queue.booking.events";
    /**
     * The vehicles and drivers vehicle-queue-service hands to the border guard's check, with the driver's
     * document: read only by customs-adapter (its own ACL), so no other consumer receives the document.
     */
    public static final String QUEUE_BORDER_GUARD = "queue.border-guard.events";
    /** Declarations and consignments of clearance-service. */
    public static final String CLEARANCE_DECLARATION = "clearance.declaration.events";
    /** Handoffs to agency systems and their answers, from customs-adapter. */
    public static final String CUSTOMS_HANDOFF = "customs.handoff.events";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(QUEUE_BOOKING, QUEUE_BORDER_GUARD, CLEARANCE_DECLARATION, CUSTOMS_HANDOFF);
    }
}
