package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

/**
 * A slot hour that cannot be booked, full ({@code slot-full}, a conflict) or closed ({@code gate-closed}), with the
 * nearest free hours of its direction before and after it, for the driver to pick another.
 */
public final class SlotUnavailable extends RuleViolation {

    private final boolean conflict;
    private final transient SlotAlternatives alternatives;

    public SlotUnavailable(String rule, boolean conflict, String message, SlotAlternatives alternatives) {
        super(rule, "plannedArrival", message);
        this.conflict = conflict;
        this.alternatives = alternatives;
    }

    public SlotAlternatives alternatives() {
        return alternatives;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
