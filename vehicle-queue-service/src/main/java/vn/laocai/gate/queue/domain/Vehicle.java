package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.laocai.gate.support.domain.RuleViolation;

/**
 * The vehicle a booking is bound to: its plate, its semi-trailer's plate (if any), type and weight
 * class. The plates stay {@link Plate}s down to the database (a converter stores their normalised form).
 */
@Embeddable
public record Vehicle(
        @Column(name = "plate", nullable = false, updatable = false) Plate plate,
        @Column(name = "trailer_plate", updatable = false) Plate trailer,
        @Enumerated(EnumType.STRING) @Column(name = "vehicle_type", updatable = false) VehicleType type,
        @Enumerated(EnumType.STRING) @Column(name = "weight_class", updatable = false) WeightClass weightClass) {

    /**
     * Refuses mixed-up plates: a trailer plate given as the vehicle, or a Vietnamese plate given as the
     * trailer that is not a semi-trailer plate (series R).
     */
    void requireProperPlates() {
        if (plate.trailer()) {
            throw new RuleViolation("trailer-as-vehicle", "plate",
                    "plate " + plate.display() + " is a trailer plate; give the tractor's plate and the trailer separately").with("plate", plate.display());
        }
        if (trailer != null && !trailer.trailer() && trailer.country() == Plate.Country.VN) {
            throw new RuleViolation("not-a-trailer", "trailerPlate",
                    "trailerPlate " + trailer.display() + " is not a semi-trailer plate (series R)").with("plate", trailer.display());
        }
    }

    /** The normalised plates and the names of type and class, as the events carry them. */
    String plateValue() {
        return plate.value();
    }

    String trailerValue() {
        return trailer == null ? null : trailer.value();
    }

    String typeName() {
        return type == null ? null : type.name();
    }

    String weightClassName() {
        return weightClass == null ? null : weightClass.name();
    }

    /** "vehicle 24C-123.45", as the refusals name it. */
    String described() {
        return "vehicle " + plate.display();
    }
}
