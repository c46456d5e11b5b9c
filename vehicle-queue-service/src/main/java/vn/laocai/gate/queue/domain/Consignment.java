package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * What the queue knows of one consignment (declaration) a vehicle carries: its clearance state
 * and whether its goods are perishable. Kept per booking so that clearance events that arrive
 * before the vehicle does still count when it checks in.
 */
@Embeddable
public class Consignment {

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ClearanceState state;

    @Column(name = "perishable", nullable = false)
    private boolean perishable;

    @Column(name = "step")
    private String step;

    @Column(name = "reason")
    private String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Consignment() {
    }

    Consignment(ClearanceState state, Instant at) {
        this.state = state;
        this.updatedAt = at;
    }

    /** Moves to {@code next} unless the consignment already reached a final state. */
    boolean moveTo(ClearanceState next, String step, String reason, Instant at) {
        if (state.isFinal() || state == next) {
            return false;
        }
        this.state = next;
        this.step = step;
        this.reason = reason;
        this.updatedAt = at;
        return true;
    }

    /** Clearance found the goods perishable; once perishable, always. */
    Consignment markPerishable(boolean perishable) {
        this.perishable = this.perishable || perishable;
        return this;
    }

    public ClearanceState state() {
        return state;
    }

    public boolean perishable() {
        return perishable;
    }

    public String step() {
        return step;
    }

    public String reason() {
        return reason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
