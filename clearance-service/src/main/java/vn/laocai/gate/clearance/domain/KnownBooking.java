package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A booking as clearance knows it from the queue's events: enough to link a declaration to it and
 * to charge its trip (vehicle type and weight class, unknown for bookings announced before they existed).
 */
@Entity
@Table(name = "known_booking")
public class KnownBooking {

    @Id
    private String code;

    @Column(nullable = false)
    private String plate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "vehicle_type")
    private String vehicleType;

    @Column(name = "weight_class")
    private String weightClass;

    @Column(nullable = false)
    private boolean cancelled;

    protected KnownBooking() {
    }

    public KnownBooking(String code, String plate, Direction direction, String vehicleType, String weightClass) {
        this.code = code;
        this.plate = plate;
        this.direction = direction;
        this.vehicleType = vehicleType;
        this.weightClass = weightClass;
    }

    public void cancel() {
        cancelled = true;
    }

    public Trip trip() {
        return new Trip(code, vehicleType, weightClass);
    }

    public String code() {
        return code;
    }

    public String plate() {
        return plate;
    }

    public Direction direction() {
        return direction;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
