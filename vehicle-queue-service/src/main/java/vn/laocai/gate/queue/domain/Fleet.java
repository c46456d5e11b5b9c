package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

import java.util.Optional;

/**
 * What a carrier's dispatcher may book: a vehicle of its own fleet driven by a driver of its own. A plate
 * or an account in another carrier's fleet, or in none, is refused naming the field, without saying which
 * carrier holds it.
 */
public final class Fleet {

    private Fleet() {
    }

    /** The fleet vehicle of {@code carrier} with this plate; 422 {@code not-in-fleet} naming {@code plate} otherwise. */
    public static FleetVehicle vehicleOf(String carrier, Plate plate, Optional<FleetVehicle> found) {
        return found.filter(v -> v.carrier().equals(carrier)).orElseThrow(() -> new RuleViolation("not-in-fleet", "plate",
                "vehicle " + plate.display() + " is not in the fleet of carrier " + carrier)
                .keyed("vehicle").with("plate", plate.display()).with("carrier", carrier));
    }

    /** The fleet driver of {@code carrier} with this account; 422 {@code not-in-fleet} naming {@code driverAccount} otherwise. */
    public static FleetDriver driverOf(String carrier, String account, Optional<FleetDriver> found) {
        return found.filter(d -> d.carrier().equals(carrier)).orElseThrow(() -> new RuleViolation("not-in-fleet", "driverAccount",
                "driver " + account + " does not drive for carrier " + carrier)
                .keyed("driver").with("account", account).with("carrier", carrier));
    }

    /** A plate already in a fleet cannot join another (409 {@code in-a-fleet} naming {@code plate}). */
    public static void requireFree(Plate plate, Optional<FleetVehicle> found) {
        if (found.isPresent()) {
            throw RuleViolation.conflict("in-a-fleet", "plate", "vehicle " + plate.display() + " is already in a fleet")
                    .keyed("vehicle").with("plate", plate.display());
        }
    }

    /** A driver already driving for a carrier cannot join another (409 {@code in-a-fleet} naming {@code account}). */
    public static void requireFree(String account, Optional<FleetDriver> found) {
        if (found.isPresent()) {
            throw RuleViolation.conflict("in-a-fleet", "account", "driver " + account + " already drives for a carrier")
                    .keyed("driver").with("account", account);
        }
    }
}
