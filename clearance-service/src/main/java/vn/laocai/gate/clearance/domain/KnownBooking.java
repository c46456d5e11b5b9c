package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A booking as clearance knows it from the queue's events: enough to link a declaration to it and
 * to charge its trip (vehicle type and weight class, unknown for bookings announced before they existed), its trailer,
 * and when the queue saw it enter the gate, be released and leave (the first time each was seen).
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

    @Column(name = "trailer_plate")
    private String trailerPlate;

    @Column(name = "entered_gate_at")
    private Instant enteredGateAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "exited_at")
    private Instant exitedAt;

    protected KnownBooking() {
    }

    public KnownBooking(String code, String plate, Direction direction, String vehicleType, String weightClass) {
        this.code = code;
        this.plate = plate;
        this.direction = direction;
        this.vehicleType = vehicleType;
        this.weightClass = weightClass;
    }

    /** The trailer the booking names; null for none. */
    public KnownBooking withTrailer(String plate) {
        this.trailerPlate = plate;
        return this;
    }

    /** The vehicle entered the gate; a redelivered or later event keeps the first time seen. */
    public void enteredGate(Instant at) {
        if (enteredGateAt == null) {
            enteredGateAt = at;
        }
    }

    /** The vehicle was released at the gate; the first time seen is kept. */
    public void released(Instant at) {
        if (releasedAt == null) {
            releasedAt = at;
        }
    }

    /** The vehicle left the gate; the first time seen is kept. */
    public void exited(Instant at) {
        if (exitedAt == null) {
            exitedAt = at;
        }
    }

    public String trailerPlate() {
        return trailerPlate;
    }

    public Instant enteredGateAt() {
        return enteredGateAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public Instant exitedAt() {
        return exitedAt;
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
