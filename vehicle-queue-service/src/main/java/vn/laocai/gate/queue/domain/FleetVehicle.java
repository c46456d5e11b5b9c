package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** A vehicle of a carrier's fleet, by its plate: its dispatcher may book crossings for it. */
@Entity
@Table(name = "fleet_vehicle")
public class FleetVehicle extends FleetMember {

    @Column(nullable = false, updatable = false)
    private Plate plate;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_type")
    private VehicleType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "weight_class")
    private WeightClass weightClass;

    protected FleetVehicle() {
    }

    public FleetVehicle(String carrier, Plate plate, VehicleType type, WeightClass weightClass, String addedBy, Instant addedAt) {
        super(carrier, addedBy, addedAt);
        this.plate = plate;
        this.type = type;
        this.weightClass = weightClass;
    }

    /** The vehicle a booking of this fleet vehicle is bound to, with the trailer it pulls this time. */
    public Vehicle withTrailer(Plate trailer) {
        return new Vehicle(plate, trailer, type, weightClass);
    }

    public Plate plate() {
        return plate;
    }

    public VehicleType type() {
        return type;
    }

    public WeightClass weightClass() {
        return weightClass;
    }
}
