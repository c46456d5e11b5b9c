package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** One entry of a booking's history: the driver and arrival window as they were after an amendment. */
@Embeddable
public class BookingAmendment {

    @Column(name = "revision", nullable = false)
    private int revision;

    @Embedded
    private Driver driver;

    @Embedded
    private ArrivalWindow window;

    /** What the booking carried after the amendment; null in entries made before it was kept. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cargo_category")
    private CargoCategory cargoCategory;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "amended_by", nullable = false)
    private String amendedBy;

    /** The carrier the amending dispatcher acted for; null when the driver or an officer amended. */
    @Column(name = "amended_for")
    private String amendedFor;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    protected BookingAmendment() {
    }

    BookingAmendment(int revision, Driver driver, ArrivalWindow window, CargoCategory cargoCategory, String reason, String by,
                     String forCarrier, Instant at) {
        this.revision = revision;
        this.cargoCategory = cargoCategory;
        this.driver = driver;
        this.window = window;
        this.reason = reason;
        this.amendedBy = by;
        this.amendedFor = forCarrier;
        this.amendedAt = at;
    }

    public CargoCategory cargoCategory() {
        return cargoCategory;
    }

    public int revision() {
        return revision;
    }

    public Driver driver() {
        return driver;
    }

    public String driverName() {
        return driver.name();
    }

    public String driverNationality() {
        return driver.nationality();
    }

    public String driverDocumentNumber() {
        return driver.documentNumber();
    }

    public ArrivalWindow window() {
        return window;
    }

    public Instant arrivalWindowStart() {
        return window.start();
    }

    public Instant arrivalWindowEnd() {
        return window.end();
    }

    public String reason() {
        return reason;
    }

    public String amendedBy() {
        return amendedBy;
    }

    public String amendedFor() {
        return amendedFor;
    }

    public Instant amendedAt() {
        return amendedAt;
    }
}
