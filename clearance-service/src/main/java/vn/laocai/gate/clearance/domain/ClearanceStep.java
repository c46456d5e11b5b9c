package vn.laocai.gate.clearance.domain;

/**
 * The steps of a clearance case, one per agency, in the order the gate works through them once the
 * customs channel is known (customs runs from the declaration on, the others when the vehicle is at
 * the gate). Which steps a consignment needs comes from the requirement rules.
 */
public enum ClearanceStep {
    CUSTOMS("CUSTOMS"),
    HEALTH_QUARANTINE("HEALTH_QUARANTINE"),
    BORDER_GUARD("BORDER_CHECK"),
    PLANT_QUARANTINE("PLANT_QUARANTINE"),
    FEE_PAYMENT("FEE");

    private final String timelinePrefix;

    ClearanceStep(String timelinePrefix) {
        this.timelinePrefix = timelinePrefix;
    }

    /** The name of a decision of this step on the timeline, e.g. {@code CUSTOMS_RELEASED}, {@code FEE_PAID}. */
    public String timelineName(StepDecision decision) {
        return timelinePrefix + "_" + decision.pastTense();
    }
}
