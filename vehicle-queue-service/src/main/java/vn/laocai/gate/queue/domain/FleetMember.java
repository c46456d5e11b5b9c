package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every entry of a carrier's fleet records, a vehicle ({@link FleetVehicle}) or a driver ({@link FleetDriver}):
 * the carrier it belongs to, and who added it when (the manager or dispatcher, as the audit trail also says). Each
 * kind keeps its own table, whose unique index holds a plate or a driver in one fleet at a time.
 */
@MappedSuperclass
public abstract class FleetMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String carrier;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected FleetMember() {
    }

    protected FleetMember(String carrier, String addedBy, Instant addedAt) {
        this.carrier = carrier;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** The carrier's tax code or credit code. */
    public String carrier() {
        return carrier;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
