package vn.laocai.gate.events;

import java.util.List;

/** Kafka topic names: one per producing aggregate, named {@code <context>.<aggregate>.events}. */
public final class Topics {

    /** Bookings and vehicles of vehicle-queue-service. */
    public static final String QUEUE_BOOKING = "queue.booking.events";
    /** Declarations and consignments of clearance-service. */
    public static final String CLEARANCE_DECLARATION = "clearance.declaration.events";
    /** Handoffs to agency systems and their answers, from customs-adapter. */
    public static final String CUSTOMS_HANDOFF = "customs.handoff.events";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(QUEUE_BOOKING, CLEARANCE_DECLARATION, CUSTOMS_HANDOFF);
    }
}
