package vn.laocai.gate.queue.domain;

import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.BorderCheckRequested;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.PerishableDwellAlert;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.events.VehicleEnteredGate;
import vn.laocai.gate.events.VehicleExited;
import vn.laocai.gate.events.VehicleHeld;
import vn.laocai.gate.events.VehicleHoldLifted;
import vn.laocai.gate.events.VehicleNoShow;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.events.VehicleReordered;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The events of a booking's changes, built from the booking as it stands after the change (the
 * booking records them): what each event carries of the vehicle, the driver, the window and the yard.
 * The driver's document never travels on {@code queue.booking.events}; it goes to the border guard alone,
 * in {@link BorderCheckRequested} on its own topic, when the vehicle checks in. Neither does the phone
 * given with the booking: every consumer of that topic would read it, so {@link CrossingBooked#contactPhone()}
 * stays null and the notices the law requires reach the driver through the account's own preferences.
 */
final class BookingEvents {

    private BookingEvents() {
    }

    static CrossingBooked booked(Booking b) {
        Vehicle v = b.vehicle();
        Driver d = b.driver();
        return new CrossingBooked(b.code(), v.plateValue(), v.trailerValue(), b.direction().name(), b.cargoCategory().name(),
                d.name(), b.window().start(), b.window().end(), b.bookedAt(), v.typeName(), v.weightClassName(),
                d.nationality(), null, b.ownerAccount(), v.plate().display(), null);
    }

    static BookingAmended amended(Booking b, int revision, String reason, Instant now) {
        Driver d = b.driver();
        return new BookingAmended(b.code(), revision, b.vehicle().plateValue(), b.vehicle().trailerValue(), d.name(),
                d.nationality(), null, b.window().start(), b.window().end(), reason, now);
    }

    static BookingCancelled cancelled(Booking b, String remarks, Instant now) {
        return new BookingCancelled(b.code(), b.vehicle().plateValue(), b.cancelReason().name(), remarks, now);
    }

    static VehicleNoShow noShow(Booking b, Duration grace, Duration cancelAfter, Instant now) {
        ArrivalWindow w = b.window();
        return new VehicleNoShow(b.code(), b.vehicle().plateValue(), b.direction().name(), w.start(), w.end(),
                w.graceUntil(grace), w.cancelAt(cancelAfter), now);
    }

    /** The check-in for every consumer, and the vehicle with its driver's document for the border guard's check. */
    static List<GateEvent> checkedIn(Booking b, Instant now) {
        Vehicle v = b.vehicle();
        Driver d = b.driver();
        return List.of(new VehicleCheckedIn(b.code(), v.plateValue(), b.direction().name(), b.yard().priorityClass().name(), now),
                new BorderCheckRequested(b.code(), v.plateValue(), v.trailerValue(), b.direction().name(), d.name(),
                        d.nationality(), d.documentNumber(), now));
    }

    static PerishableDwellAlert dwellAlert(Booking b, DwellBudgets.Standing s, Instant now) {
        return new PerishableDwellAlert(b.code(), b.vehicle().plateValue(), b.direction().name(), s.cargoClass().id(), s.level().name(),
                s.since(), s.cargoClass().maxDwell().toMinutes(), s.waited().toMinutes(), s.pastAt(), b.status().name(), now);
    }

    static VehicleCalledForward calledForward(Booking b, Instant now) {
        return new VehicleCalledForward(b.code(), b.vehicle().plateValue(), b.direction().name(), b.yard().lane(), now);
    }

    static VehicleEnteredGate enteredGate(Booking b, Instant now) {
        return new VehicleEnteredGate(b.code(), b.vehicle().plateValue(), b.direction().name(), b.yard().lane(), now);
    }

    static VehicleReleased released(Booking b, Instant now) {
        return new VehicleReleased(b.code(), b.vehicle().plateValue(), b.yard().releasedForDeclaration(), now);
    }

    static VehicleExited exited(Booking b, Instant now) {
        return new VehicleExited(b.code(), b.vehicle().plateValue(), b.direction().name(), b.yard().lane(), now);
    }

    static VehicleHeld held(Booking b, String reason, String officer, Instant now) {
        return new VehicleHeld(b.code(), b.vehicle().plateValue(), b.direction().name(), reason, officer, now);
    }

    static VehicleHoldLifted holdLifted(Booking b, String reason, String officer, Instant now) {
        return new VehicleHoldLifted(b.code(), b.vehicle().plateValue(), b.direction().name(), reason, officer, now);
    }

    /** A new place in the queue: by an officer (position and officer given) or by a new priority class (both null). */
    static VehicleReordered reordered(Booking b, Integer position, String reason, String officer, Instant now) {
        return new VehicleReordered(b.code(), b.vehicle().plateValue(), b.direction().name(), b.yard().priorityClass().name(),
                position, reason, officer, now);
    }
}
