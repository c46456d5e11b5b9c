package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.inbox.EventHandlers;

/**
 * The inbound events the queue applies, each to its use case (one transaction each, applied once):
 * declarations give vehicles their priority class, a consignment ready for the gate (or held) allows
 * (or withdraws) call-forward, cleared releases and rejected turns back. Every other event type is
 * not the queue's business ({@link EventHandlers.Outcome#NOT_OURS}).
 */
@ApplicationScoped
public class QueueEventHandlers {

    private final EventHandlers handlers;

    public QueueEventHandlers(BookingService bookings) {
        this.handlers = EventHandlers.builder()
                .on(DeclarationSubmitted.class, bookings::declarationSubmitted)
                .on(ConsignmentReadyForGate.class, bookings::consignmentReady)
                .on(ConsignmentHeld.class, bookings::consignmentHeld)
                .on(ConsignmentCleared.class, bookings::consignmentCleared)
                .on(ConsignmentRejected.class, bookings::consignmentRejected)
                .build();
    }

    public EventHandlers.Outcome handle(String eventId, GateEvent event) {
        return handlers.handle(eventId, event);
    }
}
