package vn.laocai.gate.events;

/** Event types published by vehicle-queue-service: bookings, the yard queue and the gate. */
public enum QueueEventType implements EventType {

    CROSSING_BOOKED("vn.laocai.gate.queue.CrossingBooked", CrossingBooked.class, Topics.QUEUE_BOOKING),
    VEHICLE_RELEASED("vn.laocai.gate.queue.VehicleReleased", VehicleReleased.class, Topics.QUEUE_BOOKING),
    BOOKING_AMENDED("vn.laocai.gate.queue.BookingAmended", BookingAmended.class, Topics.QUEUE_BOOKING),
    BOOKING_CANCELLED("vn.laocai.gate.queue.BookingCancelled", BookingCancelled.class, Topics.QUEUE_BOOKING),
    VEHICLE_CHECKED_IN("vn.laocai.gate.queue.VehicleCheckedIn", VehicleCheckedIn.class, Topics.QUEUE_BOOKING),
    VEHICLE_CALLED_FORWARD("vn.laocai.gate.queue.VehicleCalledForward", VehicleCalledForward.class, Topics.QUEUE_BOOKING),
    VEHICLE_ENTERED_GATE("vn.laocai.gate.queue.VehicleEnteredGate", VehicleEnteredGate.class, Topics.QUEUE_BOOKING),
    VEHICLE_EXITED("vn.laocai.gate.queue.VehicleExited", VehicleExited.class, Topics.QUEUE_BOOKING),
    VEHICLE_NO_SHOW("vn.laocai.gate.queue.VehicleNoShow", VehicleNoShow.class, Topics.QUEUE_BOOKING),
    VEHICLE_HELD("vn.laocai.gate.queue.VehicleHeld", VehicleHeld.class, Topics.QUEUE_BOOKING),
    VEHICLE_HOLD_LIFTED("vn.laocai.gate.queue.VehicleHoldLifted", VehicleHoldLifted.class, Topics.QUEUE_BOOKING),
    PERISHABLE_DWELL_ALERT("vn.laocai.gate.queue.PerishableDwellAlert", PerishableDwellAlert.class, Topics.QUEUE_BOOKING),
    VEHICLE_REORDERED("vn.laocai.gate.queue.VehicleReordered", VehicleReordered.class, Topics.QUEUE_BOOKING),
    BOOKING_CONSENT_GIVEN("vn.laocai.gate.queue.BookingConsentGiven", BookingConsentGiven.class, Topics.QUEUE_BOOKING),
    BOOKING_CONSENT_WITHDRAWN("vn.laocai.gate.queue.BookingConsentWithdrawn", BookingConsentWithdrawn.class, Topics.QUEUE_BOOKING),
    /** Keyed by the closure id, not a booking code: consumers tell it apart by its type. */
    GATE_CLOSED("vn.laocai.gate.queue.GateClosed", GateClosed.class, Topics.QUEUE_BOOKING),
    GATE_REOPENED("vn.laocai.gate.queue.GateReopened", GateReopened.class, Topics.QUEUE_BOOKING),
    /** Keyed by {@code block:<id>}. */
    BOOKING_BLOCKED("vn.laocai.gate.queue.BookingBlocked", BookingBlocked.class, Topics.QUEUE_BOOKING),
    BOOKING_BLOCK_LIFTED("vn.laocai.gate.queue.BookingBlockLifted", BookingBlockLifted.class, Topics.QUEUE_BOOKING),
    /** The one event that carries the driver's document: on its own topic, read by customs-adapter alone. */
    BORDER_CHECK_REQUESTED("vn.laocai.gate.queue.BorderCheckRequested", BorderCheckRequested.class, Topics.QUEUE_BORDER_GUARD),
    /** Keyed by {@code slots:<day>:<direction>}. */
    SLOT_CALENDAR_CHANGED("vn.laocai.gate.queue.SlotCalendarChanged", SlotCalendarChanged.class, Topics.QUEUE_BOOKING);

    private final Definition definition;

    QueueEventType(String type, Class<? extends GateEvent> payloadClass, String topic) {
        this.definition = new Definition(type, payloadClass, topic);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
