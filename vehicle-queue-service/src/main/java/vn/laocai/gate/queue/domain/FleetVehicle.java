package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A vehicle of a carrier's fleet, by its plate: its dispatcher may book crossings for it. */
@Entity
@Table(name = "fleet_vehicle")
public class FleetVehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String carrier;

    @Column(nullable = false, updatable = false)
    private Plate plate;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_type")
    private VehicleType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "weight_class")
    private WeightClass weightClass;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected FleetVehicle() {
    }

    public FleetVehicle(String carrier, Plate plate, VehicleType type, WeightClass weightClass, String addedBy, Instant addedAt) {
        this.carrier = carrier;
        this.plate = plate;
        this.type = type;
        this.weightClass = weightClass;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** The vehicle a booking of this fleet vehicle is bound to, with the trailer it pulls this time. */
    public Vehicle withTrailer(Plate trailer) {
        return new Vehicle(plate, trailer, type, weightClass);
    }

    public String carrier() {
        return carrier;
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

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
