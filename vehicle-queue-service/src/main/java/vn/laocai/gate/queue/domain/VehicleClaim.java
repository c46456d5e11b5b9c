package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

import java.util.List;

/**
 * Who may book a vehicle: it is bound to the account (or the carrier) that first booked it until its open
 * bookings of it end (cancelled or exited); meanwhile another account's booking or amendment of it is
 * refused, without saying whose it is. A gate officer settles a dispute by releasing the plate: the
 * holder's bookings that are still only booked are cancelled; a vehicle already in the yard or further
 * is not released. {@link BookingAdmission} applies the binding under the plate's lock.
 */
public final class VehicleClaim {

    private VehicleClaim() {
    }

    /** The holder a carrier's bookings bind their vehicle to: every dispatcher of the carrier may book it. */
    static String carrierHolder(String carrier) {
        return "carrier:" + carrier;
    }

    /**
     * Refuses a booking of {@code plate} for {@code holder} (an account, or a carrier's {@link #carrierHolder})
     * while open bookings of it are held by another.
     */
    static void requireBoundTo(String holder, Plate plate, List<Booking> openOfPlate) {
        if (openOfPlate.stream().anyMatch(b -> !b.holder().equals(holder))) {
            throw RuleViolation.conflict("vehicle-bound", "plate", "vehicle " + plate.display()
                    + " is bound to another account until its open bookings end; a gate officer can release it").with("plate", plate.display());
        }
    }

    /**
     * The bookings an officer's release of {@code plate} cancels: its open bookings, all still booked;
     * refused (409 {@code vehicle-in-yard}) when one of them checked in or went further.
     */
    public static List<Booking> toRelease(Plate plate, List<Booking> openOfPlate) {
        if (openOfPlate.stream().anyMatch(b -> b.status() != BookingStatus.BOOKED)) {
            throw RuleViolation.conflict("vehicle-in-yard", "plate", "vehicle " + plate.display()
                    + " has checked in; it cannot be released before it leaves or is removed from the yard").with("plate", plate.display());
        }
        return openOfPlate;
    }
}
