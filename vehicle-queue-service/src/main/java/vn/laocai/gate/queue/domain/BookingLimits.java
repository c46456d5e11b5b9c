package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rules against slot scalping and double bookings: an account and a vehicle may hold only so
 * many open bookings, and neither a vehicle nor a driver may hold two bookings whose slots are
 * closer than the minimum gap (a round trip through the gate takes hours).
 */
public record BookingLimits(int openPerAccount, int openPerVehicle, Duration minimumGap) {

    /** Checks a new booking against the open bookings of the same account and of the same vehicle or driver. */
    public void check(Instant windowStart, long openForAccount, List<Booking> openForVehicleOrDriver, String plate, String documentNumber) {
        if (openForAccount >= openPerAccount) {
            throw RuleViolation.conflict("too-many-open-bookings", null,
                    "this account already holds " + openForAccount + " open bookings, the most allowed; cancel one first");
        }
        long forVehicle = openForVehicleOrDriver.stream().filter(b -> b.plate().equals(plate)).count();
        if (forVehicle >= openPerVehicle) {
            throw RuleViolation.conflict("too-many-open-bookings-for-vehicle", "plate",
                    "vehicle " + Plate.display(plate) + " already has " + forVehicle + " open bookings, the most allowed");
        }
        for (Booking other : openForVehicleOrDriver) {
            if (Duration.between(other.arrivalWindowStart(), windowStart).abs().compareTo(minimumGap) < 0) {
                String who = other.plate().equals(plate) ? "vehicle " + Plate.display(plate) : "driver " + documentNumber;
                throw RuleViolation.conflict("overlapping-booking", "plannedArrival",
                        "plannedArrival: " + who + " already holds booking " + other.code() + " for the slot of "
                                + other.arrivalWindowStart() + "; two bookings must be at least " + minimumGap.toHours() + " h apart");
            }
        }
    }
}
