package vn.laocai.gate.clearance.domain;

/**
 * What an officer decides becomes of a consignment after a failed inspection of their step: a recorded outcome of
 * the same case, with steps of its own ({@link OutcomeState}), not a dead end. Which outcome fits which step and
 * direction is {@link StepTransitions#outcomesAfterFailure} and {@link #fits}.
 */
public enum InspectionOutcome {
    /** Treat the goods (fumigation, cold treatment...); once the treatment is recorded the step is pending for a new inspection. */
    TREATMENT,
    /** Part of the lot is rejected (goods lines or quantities), the rest goes on; the rejected part goes the way of a disposal. */
    SPLIT_LOT,
    /** Imported goods leave Vietnam again. */
    RE_EXPORT,
    /** Export goods go back to the exporter's premises in Vietnam. */
    RETURN_TO_EXPORTER,
    /** The goods are destroyed under the agency's supervision. */
    DESTRUCTION;

    /** Re-export, return or destruction: the fate of a whole lot, or of the rejected part of a split one. */
    public boolean disposal() {
        return this == RE_EXPORT || this == RETURN_TO_EXPORTER || this == DESTRUCTION;
    }

    /** Whether the outcome exists for goods going that way: a re-export only of goods that came in, a return only of an export. */
    public boolean fits(Direction direction) {
        return switch (this) {
            case RE_EXPORT -> direction == Direction.IMPORT;
            case RETURN_TO_EXPORTER -> direction == Direction.EXPORT;
            default -> true;
        };
    }
}
