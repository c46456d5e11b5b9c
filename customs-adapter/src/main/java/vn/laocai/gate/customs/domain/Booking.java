package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A booked vehicle and its driver as the booking events told them, for the border guard's check.
 * An amendment with a lower revision than the one kept is old news and changes nothing.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @Column(name = "booking_code")
    private String code;

    @Column(nullable = false)
    private String plate;

    @Column(name = "trailer_plate")
    private String trailerPlate;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(name = "driver_name")
    private String driverName;

    @Column(name = "driver_nationality")
    private String driverNationality;

    @Column(name = "driver_document_number")
    private String driverDocumentNumber;

    @Column(nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Booking() {
        // for JPA
    }

    public static Booking booked(String code, String plate, String trailerPlate, Direction direction, String driverName,
                                 String driverNationality, String driverDocumentNumber, Instant now) {
        Booking b = new Booking();
        b.code = Objects.requireNonNull(code);
        b.plate = Objects.requireNonNull(plate);
        b.trailerPlate = trailerPlate;
        b.direction = direction;
        b.driverName = driverName;
        b.driverNationality = driverNationality;
        b.driverDocumentNumber = driverDocumentNumber;
        b.revision = 0;
        b.updatedAt = now;
        return b;
    }

    /**
     * The vehicle and driver as the queue hands them to the border guard's check at check-in, with the driver's
     * document (the booking events no longer carry it). Amendments end at check-in: this driver is final.
     */
    public void presentedForBorderCheck(String driverName, String driverNationality, String driverDocumentNumber, Instant now) {
        this.driverName = driverName;
        this.driverNationality = driverNationality;
        this.driverDocumentNumber = driverDocumentNumber;
        this.updatedAt = now;
    }

    /**
     * Another driver (the vehicle never changes); ignored when {@code revision} is not newer. Amendments no longer
     * carry the document (null): the one the border guard's topic brought stays.
     */
    public boolean amended(int revision, String driverName, String driverNationality, String driverDocumentNumber,
                           Instant now) {
        if (revision <= this.revision) {
            return false;
        }
        this.revision = revision;
        this.driverName = driverName;
        this.driverNationality = driverNationality;
        if (driverDocumentNumber != null) {
            this.driverDocumentNumber = driverDocumentNumber;
        }
        this.updatedAt = now;
        return true;
    }

    public String code() {
        return code;
    }

    public String plate() {
        return plate;
    }

    public String trailerPlate() {
        return trailerPlate;
    }

    public Direction direction() {
        return direction;
    }

    public String driverName() {
        return driverName;
    }

    public String driverNationality() {
        return driverNationality;
    }

    public String driverDocumentNumber() {
        return driverDocumentNumber;
    }

    public int revision() {
        return revision;
    }
}
