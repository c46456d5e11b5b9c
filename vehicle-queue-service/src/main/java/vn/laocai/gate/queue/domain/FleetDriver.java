package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A driver of a carrier, by their account, with the details a booking of them carries. */
@Entity
@Table(name = "fleet_driver")
public class FleetDriver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String carrier;

    @Column(nullable = false, updatable = false)
    private String account;

    @Embedded
    private Driver driver;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected FleetDriver() {
    }

    public FleetDriver(String carrier, String account, Driver driver, String addedBy, Instant addedAt) {
        this.carrier = carrier;
        this.account = account;
        this.driver = driver;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String carrier() {
        return carrier;
    }

    public String account() {
        return account;
    }

    public Driver driver() {
        return driver;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
