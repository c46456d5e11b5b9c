package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BorderCheckRequested;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.inbox.EventHandlers;

/**
 * The inbound events the adapter applies, each handed to its use case by type: the Kafka consumers
 * and the dead-letter replay both come through here, so a replayed record is handled exactly as a
 * consumed one would have been. Other types are {@link EventHandlers.Outcome#NOT_OURS}.
 */
@ApplicationScoped
public class CustomsEventHandlers {

    private final EventHandlers handlers;

    public CustomsEventHandlers(HandoffIntake intake) {
        this.handlers = EventHandlers.builder()
                .on(DeclarationSubmitted.class, intake::accept)
                .on(CrossingBooked.class, intake::booked)
                .on(BookingAmended.class, intake::amended)
                .on(BorderCheckRequested.class, intake::borderCheckRequested)
                .build();
    }

    /** Applies the event once (by its id); {@link EventHandlers.Outcome#ALREADY_APPLIED} for a redelivery. */
    public EventHandlers.Outcome handle(String eventId, GateEvent event) {
        return handlers.handle(eventId, event);
    }
}
