package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * An outcome an officer recorded after a failed inspection (table {@code clearance_outcome}): which step failed, what
 * becomes of the goods, the disposal of the rejected part of a split lot, and who ordered it and who recorded it carried
 * out. The rejected quantities of a split are {@link RejectedQuantity} rows of the same number.
 */
@Embeddable
public class CaseOutcome {

    @Column(name = "outcome_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClearanceStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeState state;

    /** The fate of the rejected part of a split lot; null for the other outcomes. */
    @Enumerated(EnumType.STRING)
    @Column
    private InspectionOutcome disposal;

    @Column(nullable = false)
    private String reason;

    /** The record of its being carried out (treatment certificate, destruction minutes, exit declaration...). */
    @Column
    private String reference;

    @Column(name = "ordered_by", nullable = false)
    private String orderedBy;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "carried_out_by")
    private String carriedOutBy;

    @Column(name = "carried_out_at")
    private Instant carriedOutAt;

    protected CaseOutcome() {
    }

    CaseOutcome(int number, ClearanceStep step, InspectionOutcome outcome, InspectionOutcome disposal, String reason,
                String orderedBy, Instant orderedAt) {
        this.number = number;
        this.step = step;
        this.outcome = outcome;
        this.disposal = disposal;
        this.reason = reason;
        this.orderedBy = orderedBy;
        this.orderedAt = orderedAt;
        this.state = OutcomeState.ORDERED;
    }

    void carriedOut(String reference, String officer, Instant at) {
        this.state = OutcomeState.CARRIED_OUT;
        this.reference = reference;
        this.carriedOutBy = officer;
        this.carriedOutAt = at;
    }

    /** Re-export, return or destruction of the whole lot: the case ends rejected. */
    public boolean disposesOfWholeLot() {
        return outcome.disposal();
    }

    public int number() {
        return number;
    }

    public ClearanceStep step() {
        return step;
    }

    public InspectionOutcome outcome() {
        return outcome;
    }

    public OutcomeState state() {
        return state;
    }

    public InspectionOutcome disposal() {
        return disposal;
    }

    public String reason() {
        return reason;
    }

    public String reference() {
        return reference;
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public String carriedOutBy() {
        return carriedOutBy;
    }

    public Instant carriedOutAt() {
        return carriedOutAt;
    }
}
