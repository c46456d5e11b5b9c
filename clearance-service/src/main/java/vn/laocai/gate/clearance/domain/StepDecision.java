package vn.laocai.gate.clearance.domain;

/** What an officer or an agency system can decide on a step; which decision fits which state is {@link StepTransitions}. */
public enum StepDecision {
    CLEAR("CLEARED", false),
    REFUSE("REFUSED", true),
    ASSIGN_GREEN("CHANNEL_ASSIGNED", false),
    ASSIGN_YELLOW("CHANNEL_ASSIGNED", false),
    ASSIGN_RED("CHANNEL_ASSIGNED", false),
    ORDER_DOCUMENTARY_INSPECTION("INSPECTION_ORDERED", false),
    ORDER_PHYSICAL_INSPECTION("INSPECTION_ORDERED", false),
    INSPECTION_PASSED("INSPECTION_PASSED", false),
    INSPECTION_FAILED("INSPECTION_FAILED", true),
    RELEASE("RELEASED", false),
    PASS("PASSED", false),
    FAIL("FAILED", true),
    SAMPLE("SAMPLE_TAKEN", false),
    TREAT("TREATMENT_ORDERED", false),
    /** The treatment ordered is recorded done: the step waits for a new inspection. */
    TREATED("TREATMENT_RECORDED", false),
    /** After a failed inspection the lot is split: the part released goes on ({@link InspectionOutcome#SPLIT_LOT}). */
    SPLIT_LOT("LOT_SPLIT", true),
    ASSESS("ASSESSED", false),
    PAY("PAID", false);

    private final String pastTense;
    private final boolean needsReason;

    StepDecision(String pastTense, boolean needsReason) {
        this.pastTense = pastTense;
        this.needsReason = needsReason;
    }

    public String pastTense() {
        return pastTense;
    }

    /** A refusal must say why. */
    public boolean needsReason() {
        return needsReason;
    }
}
