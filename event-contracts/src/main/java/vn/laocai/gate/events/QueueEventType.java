package vn.laocai.gate.events;

/** Event types published by vehicle-queue-service: bookings, the yard queue and the gate. */
public enum QueueEventType implements EventType {

    CROSSING_BOOKED("vn.gate.queue.CrossingBooked", CrossingBooked.class, Topics.QUEUE_BOOKING),
    VEHICLE_RELEASED("vn.gate.queue.VehicleReleased", VehicleReleased.class, Topics.QUEUE_BOOKING),
    BOOKING_AMENDED("vn.gate.queue.BookingAmended", BookingAmended.class, Topics.QUEUE_BOOKING),
    BOOKING_CANCELLED("vn.gate.queue.BookingCancelled", BookingCancelled.class, Topics.QUEUE_BOOKING),
    VEHICLE_CHECKED_IN("vn.gate.queue.VehicleCheckedIn", VehicleCheckedIn.class, Topics.QUEUE_BOOKING),
    VEHICLE_CALLED_FORWARD("vn.gate.queue.VehicleCalledForward", VehicleCalledForward.class, Topics.QUEUE_BOOKING),
    VEHICLE_ENTERED_GATE("vn.gate.queue.VehicleEnteredGate", VehicleEnteredGate.class, Topics.QUEUE_BOOKING),
    VEHICLE_EXITED("vn.gate.queue.VehicleExited", VehicleExited.class, Topics.QUEUE_BOOKING),
    VEHICLE_NO_SHOW("vn.gate.queue.VehicleNoShow", VehicleNoShow.class, Topics.QUEUE_BOOKING),
    VEHICLE_HELD("vn.gate.queue.VehicleHeld", VehicleHeld.class, Topics.QUEUE_BOOKING),
    VEHICLE_HOLD_LIFTED("vn.gate.queue.VehicleHoldLifted", VehicleHoldLifted.class, Topics.QUEUE_BOOKING),
    VEHICLE_REORDERED("vn.gate.queue.VehicleReordered", VehicleReordered.class, Topics.QUEUE_BOOKING),
    BOOKING_CONSENT_GIVEN("vn.gate.queue.BookingConsentGiven", BookingConsentGiven.class, Topics.QUEUE_BOOKING),
    BOOKING_CONSENT_WITHDRAWN("vn.gate.queue.BookingConsentWithdrawn", BookingConsentWithdrawn.class, Topics.QUEUE_BOOKING),
    /** Keyed by the closure id, not a booking code: consumers tell it apart by its type. */
    GATE_CLOSED("vn.gate.queue.GateClosed", GateClosed.class, Topics.QUEUE_BOOKING),
    GATE_REOPENED("vn.gate.queue.GateReopened", GateReopened.class, Topics.QUEUE_BOOKING),
    /** The one event that carries the driver's document: on its own topic, read by customs-adapter alone. */
    BORDER_CHECK_REQUESTED("vn.gate.queue.BorderCheckRequested", BorderCheckRequested.class, Topics.QUEUE_BORDER_GUARD),
    /** Keyed by {@code slots:<day>:<direction>}. */
    SLOT_CALENDAR_CHANGED("vn.gate.queue.SlotCalendarChanged", SlotCalendarChanged.class, Topics.QUEUE_BOOKING);

    private final Definition definition;

    QueueEventType(String type, Class<? extends GateEvent> payloadClass, String topic) {
        this.definition = new Definition(type, payloadClass, topic);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
