package vn.laocai.gate.clearance.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.laocai.gate.clearance.domain.ClearanceStep.BORDER_GUARD;
import static vn.laocai.gate.clearance.domain.ClearanceStep.CUSTOMS;
import static vn.laocai.gate.clearance.domain.ClearanceStep.FEE_PAYMENT;
import static vn.laocai.gate.clearance.domain.ClearanceStep.HEALTH_QUARANTINE;
import static vn.laocai.gate.clearance.domain.ClearanceStep.PLANT_QUARANTINE;
import static vn.laocai.gate.clearance.domain.StepDecision.*;
import static vn.laocai.gate.clearance.domain.StepState.*;

/**
 * The legal transitions of every step of a clearance case: (step, state, decision) to the next
 * state. Anything not listed is illegal. A yellow channel leads to a documentary inspection, a red
 * one to a physical inspection (a documentary one may be escalated); only green goes straight to release.
 */
public final class StepTransitions {

    private static final Map<ClearanceStep, Map<StepState, Map<StepDecision, StepState>>> TABLE = new EnumMap<>(ClearanceStep.class);
    /** After a failed inspection: the outcomes an officer of the step may record, and the state each takes the failed step to. */
    private static final Map<ClearanceStep, Map<InspectionOutcome, StepState>> AFTER_FAILURE = new EnumMap<>(ClearanceStep.class);

    static {
        legal(BORDER_GUARD, PENDING, CLEAR, DONE);
        legal(BORDER_GUARD, PENDING, REFUSE, FAILED);

        legal(CUSTOMS, PENDING, ASSIGN_GREEN, CHANNEL_GREEN);
        legal(CUSTOMS, PENDING, ASSIGN_YELLOW, CHANNEL_YELLOW);
        legal(CUSTOMS, PENDING, ASSIGN_RED, CHANNEL_RED);
        legal(CUSTOMS, CHANNEL_GREEN, RELEASE, DONE);
        legal(CUSTOMS, CHANNEL_YELLOW, ORDER_DOCUMENTARY_INSPECTION, DOCUMENTARY_INSPECTION);
        legal(CUSTOMS, CHANNEL_RED, ORDER_PHYSICAL_INSPECTION, PHYSICAL_INSPECTION);
        legal(CUSTOMS, DOCUMENTARY_INSPECTION, ORDER_PHYSICAL_INSPECTION, PHYSICAL_INSPECTION);
        for (StepState inspecting : EnumSet.of(DOCUMENTARY_INSPECTION, PHYSICAL_INSPECTION)) {
            legal(CUSTOMS, inspecting, INSPECTION_PASSED, INSPECTED);
            legal(CUSTOMS, inspecting, INSPECTION_FAILED, FAILED);
        }
        legal(CUSTOMS, INSPECTED, RELEASE, DONE);

        for (ClearanceStep quarantine : EnumSet.of(PLANT_QUARANTINE, HEALTH_QUARANTINE)) {
            legal(quarantine, PENDING, SAMPLE, SAMPLE_TAKEN);
            legal(quarantine, PENDING, TREAT, UNDER_TREATMENT);
            legal(quarantine, SAMPLE_TAKEN, TREAT, UNDER_TREATMENT);
            for (StepState open : EnumSet.of(PENDING, SAMPLE_TAKEN, UNDER_TREATMENT)) {
                legal(quarantine, open, PASS, DONE);
                legal(quarantine, open, FAIL, FAILED);
            }
            // the treatment is recorded: the goods wait for a new inspection
            legal(quarantine, UNDER_TREATMENT, TREATED, PENDING);
            after(quarantine, InspectionOutcome.TREATMENT, UNDER_TREATMENT);
            after(quarantine, InspectionOutcome.SPLIT_LOT, DONE);
        }
        // customs inspected: the part it accepts goes on to its release
        after(CUSTOMS, InspectionOutcome.SPLIT_LOT, INSPECTED);
        for (ClearanceStep inspecting : EnumSet.of(CUSTOMS, PLANT_QUARANTINE, HEALTH_QUARANTINE)) {
            for (InspectionOutcome disposal : EnumSet.of(InspectionOutcome.RE_EXPORT, InspectionOutcome.RETURN_TO_EXPORTER,
                    InspectionOutcome.DESTRUCTION)) {
                after(inspecting, disposal, FAILED);
            }
        }

        legal(FEE_PAYMENT, PENDING, ASSESS, FEE_ASSESSED);
        legal(FEE_PAYMENT, FEE_ASSESSED, PAY, DONE);
    }

    private StepTransitions() {
    }

    private static void legal(ClearanceStep step, StepState from, StepDecision decision, StepState to) {
        TABLE.computeIfAbsent(step, s -> new EnumMap<>(StepState.class))
                .computeIfAbsent(from, s -> new EnumMap<>(StepDecision.class))
                .put(decision, to);
    }

    private static void after(ClearanceStep step, InspectionOutcome outcome, StepState to) {
        AFTER_FAILURE.computeIfAbsent(step, s -> new EnumMap<>(InspectionOutcome.class)).put(outcome, to);
    }

    /**
     * The outcomes an officer of {@code step} may record once it failed: treatment (quarantine only), a split lot, re-export,
     * return to the exporter, destruction. None for the border check (a refused vehicle or driver: the trader names
     * another booking) nor the fee.
     */
    public static Set<InspectionOutcome> outcomesAfterFailure(ClearanceStep step) {
        Map<InspectionOutcome, StepState> out = AFTER_FAILURE.getOrDefault(step, Map.of());
        return out.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(out.keySet()));
    }

    /**
     * The state the failed step goes to when {@code outcome} is recorded: under treatment, done (or, for customs, inspected)
     * for the part a split releases, still failed for a disposal of the whole lot; empty when the outcome is not one of the step's.
     */
    public static Optional<StepState> afterOutcome(ClearanceStep step, InspectionOutcome outcome) {
        return Optional.ofNullable(AFTER_FAILURE.getOrDefault(step, Map.of()).get(outcome));
    }

    /** The state {@code decision} leads to from {@code from}, or empty when it is illegal there. */
    public static Optional<StepState> next(ClearanceStep step, StepState from, StepDecision decision) {
        return Optional.ofNullable(TABLE.getOrDefault(step, Map.of()).getOrDefault(from, Map.of()).get(decision));
    }

    /** The decisions legal in a state (for the error message and the API's documentation). */
    public static Set<StepDecision> legalIn(ClearanceStep step, StepState from) {
        Map<StepDecision, StepState> out = TABLE.getOrDefault(step, Map.of()).getOrDefault(from, Map.of());
        return out.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(out.keySet()));
    }

    /** Every decision that exists for a step in some state. */
    public static Set<StepDecision> decisionsOf(ClearanceStep step) {
        Set<StepDecision> all = EnumSet.noneOf(StepDecision.class);
        TABLE.getOrDefault(step, Map.of()).values().forEach(m -> all.addAll(m.keySet()));
        return all;
    }

    /** The decisions an officer may take on a step through the API (the platform assesses the fee and records its payment). */
    public static Set<StepDecision> officerDecisions(ClearanceStep step) {
        Set<StepDecision> all = decisionsOf(step);
        all.removeAll(EnumSet.of(StepDecision.ASSESS, StepDecision.PAY));
        return all;
    }

    /** The state a decision leads to wherever it is legal for the step (agency answers jump there). */
    public static Optional<StepState> target(ClearanceStep step, StepDecision decision) {
        return TABLE.getOrDefault(step, Map.of()).values().stream()
                .map(m -> m.get(decision)).filter(java.util.Objects::nonNull).findFirst();
    }
}
