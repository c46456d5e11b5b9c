package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One entry of a booking's history: the driver and arrival window as they were after an amendment. */
@Embeddable
public class BookingAmendment {

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "driver_name", nullable = false)
    private String driverName;

    @Column(name = "driver_nationality", nullable = false)
    private String driverNationality;

    @Column(name = "driver_document_number", nullable = false)
    private String driverDocumentNumber;

    @Column(name = "driver_phone", nullable = false)
    private String driverPhone;

    @Column(name = "arrival_window_start", nullable = false)
    private Instant arrivalWindowStart;

    @Column(name = "arrival_window_end", nullable = false)
    private Instant arrivalWindowEnd;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "amended_by", nullable = false)
    private String amendedBy;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    protected BookingAmendment() {
    }

    BookingAmendment(int revision, Driver driver, Instant windowStart, Instant windowEnd, String reason, String by, Instant at) {
        this.revision = revision;
        this.driverName = driver.name();
        this.driverNationality = driver.nationality();
        this.driverDocumentNumber = driver.documentNumber();
        this.driverPhone = driver.phone();
        this.arrivalWindowStart = windowStart;
        this.arrivalWindowEnd = windowEnd;
        this.reason = reason;
        this.amendedBy = by;
        this.amendedAt = at;
    }

    public int revision() {
        return revision;
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

    public Instant arrivalWindowStart() {
        return arrivalWindowStart;
    }

    public Instant arrivalWindowEnd() {
        return arrivalWindowEnd;
    }

    public String reason() {
        return reason;
    }

    public String amendedBy() {
        return amendedBy;
    }

    public Instant amendedAt() {
        return amendedAt;
    }
}
