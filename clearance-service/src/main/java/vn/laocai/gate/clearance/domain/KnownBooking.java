package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A booking as clearance knows it from the queue's events: enough to link a declaration to it. */
@Entity
@Table(name = "known_booking")
public class KnownBooking {

    @Id
    private String code;

    @Column(nullable = false)
    private String plate;

    @Column(nullable = false)
    private String direction;

    protected KnownBooking() {
    }

    public KnownBooking(String code, String plate, String direction) {
        this.code = code;
        this.plate = plate;
        this.direction = direction;
    }

    public String code() {
        return code;
    }

    public String plate() {
        return plate;
    }

    public String direction() {
        return direction;
    }
}
