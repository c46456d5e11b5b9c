package vn.laocai.gate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingBlockLifted;
import vn.laocai.gate.events.BookingBlocked;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.DeclarationRejected;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.events.GateClosed;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.events.VehicleExited;
import vn.laocai.gate.events.VehicleHeld;
import vn.laocai.gate.events.VehicleNoShow;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.support.inbox.EventHandlers;
import vn.laocai.gate.support.inbox.ProcessedEvents;

/**
 * The events of the queue, clearance and the customs adapter that concern drivers and traders, each
 * applied once by its event id: the view of bookings and declarations is kept up to date and the
 * notices are written in the same transaction, so a redelivered event writes nothing again.
 */
@ApplicationScoped
public class NotificationEventHandlers {

    /** Name under which this service records the events it has applied. */
    static final String CONSUMER = "notification-service";

    private final ProcessedEvents processed;
    private final EventHandlers handlers;

    public NotificationEventHandlers(ProcessedEvents processed, BookingNotices bookings, ClearanceNotices clearance) {
        this.processed = processed;
        this.handlers = EventHandlers.builder()
                .on(CrossingBooked.class, (id, e) -> once(id, () -> bookings.booked(id, e)))
                .on(BookingAmended.class, (id, e) -> once(id, () -> bookings.amended(id, e)))
                .on(BookingCancelled.class, (id, e) -> once(id, () -> bookings.cancelled(id, e)))
                .on(VehicleCheckedIn.class, (id, e) -> once(id, () -> bookings.checkedIn(e.bookingCode())))
                .on(VehicleCalledForward.class, (id, e) -> once(id, () -> bookings.calledForward(id, e)))
                .on(VehicleHeld.class, (id, e) -> once(id, () -> bookings.held(id, e)))
                .on(VehicleReleased.class, (id, e) -> once(id, () -> bookings.released(id, e)))
                .on(VehicleExited.class, (id, e) -> once(id, () -> bookings.exited(e.bookingCode())))
                .on(VehicleNoShow.class, (id, e) -> once(id, () -> bookings.noShow(id, e)))
                .on(GateClosed.class, (id, e) -> once(id, () -> bookings.gateClosed(id, e)))
                .on(BookingBlocked.class, (id, e) -> once(id, () -> bookings.blocked(id, e)))
                .on(BookingBlockLifted.class, (id, e) -> once(id, () -> bookings.blockLifted(id, e)))
                .on(DeclarationSubmitted.class, (id, e) -> once(id, () -> clearance.submitted(e)))
                .on(ConsignmentHeld.class, (id, e) -> once(id, () -> clearance.held(id, e)))
                .on(ConsignmentReadyForGate.class, (id, e) -> once(id, () -> clearance.ready(id, e)))
                .on(ConsignmentRejected.class, (id, e) -> once(id, () -> clearance.rejected(id, e)))
                .on(ConsignmentCleared.class, (id, e) -> once(id, () -> clearance.cleared(id, e)))
                .on(FeeAssessed.class, (id, e) -> once(id, () -> clearance.feeAssessed(id, e)))
                .on(CustomsInspectionOrdered.class, (id, e) -> once(id, () -> clearance.inspection(id, e)))
                .on(DeclarationRejected.class, (id, e) -> once(id, () -> clearance.declarationRejected(id, e)))
                .build();
    }

    /** Applies an event of another service, once, in one transaction. */
    @Transactional
    public EventHandlers.Outcome handle(String eventId, GateEvent event) {
        return handlers.handle(eventId, event);
    }

    private boolean once(String eventId, Runnable change) {
        if (!processed.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        change.run();
        return true;
    }
}
