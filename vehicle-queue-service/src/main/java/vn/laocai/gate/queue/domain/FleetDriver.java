package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A driver of a carrier, by their account, with the details a booking of them carries. */
@Entity
@Table(name = "fleet_driver")
public class FleetDriver extends FleetMember {

    @Column(nullable = false, updatable = false)
    private String account;

    @Embedded
    private Driver driver;

    protected FleetDriver() {
    }

    public FleetDriver(String carrier, String account, Driver driver, String addedBy, Instant addedAt) {
        super(carrier, addedBy, addedAt);
        this.account = account;
        this.driver = driver;
    }

    public String account() {
        return account;
    }

    public Driver driver() {
        return driver;
    }
}
