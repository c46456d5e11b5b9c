package vn.laocai.gate.customs.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.customs.application.HandoffIntake;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.support.messaging.InboundEvent;

/**
 * Hands each consumed event the adapter cares about to its use case; the consumers and the
 * dead-letter replay go through here, so a replayed record is handled exactly as it would have been.
 */
@ApplicationScoped
public class EventRouter {

    /** What became of an event. */
    public enum Outcome {
        APPLIED, ALREADY_APPLIED, NOT_OURS
    }

    private final HandoffIntake intake;

    public EventRouter(HandoffIntake intake) {
        this.intake = intake;
    }

    public Outcome route(InboundEvent event) {
        Boolean applied = null;
        if (event.payload() instanceof DeclarationSubmitted d) {
            applied = intake.accept(event.id(), d);
        } else if (event.payload() instanceof CrossingBooked b) {
            applied = intake.booked(event.id(), b);
        } else if (event.payload() instanceof BookingAmended a) {
            applied = intake.amended(event.id(), a);
        } else if (event.payload() instanceof VehicleCheckedIn c) {
            applied = intake.checkedIn(event.id(), c);
        }
        if (applied == null) {
            return Outcome.NOT_OURS;
        }
        return applied ? Outcome.APPLIED : Outcome.ALREADY_APPLIED;
    }
}
