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

    /** The class of perishable cargo whose dwell budget it keeps ({@link DwellBudgets}); null for goods that do not spoil. */
    @Column(name = "dwell_class")
    private String dwellClass;

    /** The driver's consent the consignment was linked under; null for links made before consents. */
    @Column(name = "consent_id")
    private String consentId;

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

    /**
     * Linked under the driver's consent {@code consentId} (null before consents); a consent that no
     * longer stands unlinks it instead, for good.
     */
    Consignment linkedUnder(String consentId, boolean standing, Instant at) {
        if (!standing) {
            unlink(at);
        } else if (state != ClearanceState.UNLINKED && consentId != null) {
            this.consentId = consentId;
        }
        return this;
    }

    /** The consent it was linked under was withdrawn: it no longer rides on this vehicle, whatever its state. */
    void unlink(Instant at) {
        if (state != ClearanceState.UNLINKED) {
            this.state = ClearanceState.UNLINKED;
            this.step = null;
            this.reason = "consent withdrawn";
            this.updatedAt = at;
        }
    }

    public String consentId() {
        return consentId;
    }

    boolean linked() {
        return state != ClearanceState.UNLINKED;
    }

    /** Clearance found the goods perishable; once perishable, always. */
    Consignment markPerishable(boolean perishable) {
        this.perishable = this.perishable || perishable;
        return this;
    }

    /** The class of its goods by their HS codes, as the declaration's latest version states them. */
    Consignment classedAs(String dwellClass) {
        if (dwellClass != null) {
            this.dwellClass = dwellClass;
        }
        return this;
    }

    public String dwellClass() {
        return dwellClass;
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
