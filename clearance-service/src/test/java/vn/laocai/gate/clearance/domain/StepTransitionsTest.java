package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laocai.gate.support.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transition table, written out here independently of the code and asserted once as a table;
 * then officers' decisions through the aggregate: every legal one moves its step where the table
 * says, an illegal one is a conflict that changes nothing.
 */
class StepTransitionsTest {

    /** The legal transitions: "STEP STATE DECISION -> TARGET". */
    static final List<String> LEGAL = List.of(
            "BORDER_GUARD PENDING CLEAR -> DONE",
            "BORDER_GUARD PENDING REFUSE -> FAILED",
            "CUSTOMS PENDING ASSIGN_GREEN -> CHANNEL_GREEN",
            "CUSTOMS PENDING ASSIGN_YELLOW -> CHANNEL_YELLOW",
            "CUSTOMS PENDING ASSIGN_RED -> CHANNEL_RED",
            "CUSTOMS CHANNEL_GREEN RELEASE -> DONE",
            "CUSTOMS CHANNEL_YELLOW ORDER_DOCUMENTARY_INSPECTION -> DOCUMENTARY_INSPECTION",
            "CUSTOMS CHANNEL_RED ORDER_PHYSICAL_INSPECTION -> PHYSICAL_INSPECTION",
            "CUSTOMS DOCUMENTARY_INSPECTION ORDER_PHYSICAL_INSPECTION -> PHYSICAL_INSPECTION",
            "CUSTOMS DOCUMENTARY_INSPECTION INSPECTION_PASSED -> INSPECTED",
            "CUSTOMS DOCUMENTARY_INSPECTION INSPECTION_FAILED -> FAILED",
            "CUSTOMS PHYSICAL_INSPECTION INSPECTION_PASSED -> INSPECTED",
            "CUSTOMS PHYSICAL_INSPECTION INSPECTION_FAILED -> FAILED",
            "CUSTOMS INSPECTED RELEASE -> DONE",
            "PLANT_QUARANTINE PENDING PASS -> DONE",
            "PLANT_QUARANTINE PENDING FAIL -> FAILED",
            "PLANT_QUARANTINE PENDING SAMPLE -> SAMPLE_TAKEN",
            "PLANT_QUARANTINE PENDING TREAT -> UNDER_TREATMENT",
            "PLANT_QUARANTINE SAMPLE_TAKEN PASS -> DONE",
            "PLANT_QUARANTINE SAMPLE_TAKEN FAIL -> FAILED",
            "PLANT_QUARANTINE SAMPLE_TAKEN TREAT -> UNDER_TREATMENT",
            "PLANT_QUARANTINE UNDER_TREATMENT PASS -> DONE",
            "PLANT_QUARANTINE UNDER_TREATMENT FAIL -> FAILED",
            "PLANT_QUARANTINE UNDER_TREATMENT TREATED -> PENDING",
            "HEALTH_QUARANTINE PENDING PASS -> DONE",
            "HEALTH_QUARANTINE PENDING FAIL -> FAILED",
            "HEALTH_QUARANTINE PENDING SAMPLE -> SAMPLE_TAKEN",
            "HEALTH_QUARANTINE PENDING TREAT -> UNDER_TREATMENT",
            "HEALTH_QUARANTINE SAMPLE_TAKEN PASS -> DONE",
            "HEALTH_QUARANTINE SAMPLE_TAKEN FAIL -> FAILED",
            "HEALTH_QUARANTINE SAMPLE_TAKEN TREAT -> UNDER_TREATMENT",
            "HEALTH_QUARANTINE UNDER_TREATMENT PASS -> DONE",
            "HEALTH_QUARANTINE UNDER_TREATMENT FAIL -> FAILED",
            "HEALTH_QUARANTINE UNDER_TREATMENT TREATED -> PENDING",
            "FEE_PAYMENT PENDING ASSESS -> FEE_ASSESSED",
            "FEE_PAYMENT FEE_ASSESSED PAY -> DONE");

    /** After a failed inspection: "STEP OUTCOME -> STATE OF THE FAILED STEP". */
    static final List<String> AFTER_FAILURE = List.of(
            "CUSTOMS SPLIT_LOT -> INSPECTED",
            "CUSTOMS RE_EXPORT -> FAILED",
            "CUSTOMS RETURN_TO_EXPORTER -> FAILED",
            "CUSTOMS DESTRUCTION -> FAILED",
            "PLANT_QUARANTINE TREATMENT -> UNDER_TREATMENT",
            "PLANT_QUARANTINE SPLIT_LOT -> DONE",
            "PLANT_QUARANTINE RE_EXPORT -> FAILED",
            "PLANT_QUARANTINE RETURN_TO_EXPORTER -> FAILED",
            "PLANT_QUARANTINE DESTRUCTION -> FAILED",
            "HEALTH_QUARANTINE TREATMENT -> UNDER_TREATMENT",
            "HEALTH_QUARANTINE SPLIT_LOT -> DONE",
            "HEALTH_QUARANTINE RE_EXPORT -> FAILED",
            "HEALTH_QUARANTINE RETURN_TO_EXPORTER -> FAILED",
            "HEALTH_QUARANTINE DESTRUCTION -> FAILED");

    @Test
    void the_outcomes_after_a_failure_are_exactly_the_listed_rows() {
        List<String> read = new java.util.ArrayList<>();
        for (ClearanceStep step : ClearanceStep.values()) {
            for (InspectionOutcome outcome : InspectionOutcome.values()) {
                StepTransitions.afterOutcome(step, outcome).ifPresent(to -> read.add(step + " " + outcome + " -> " + to));
            }
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(AFTER_FAILURE);
        assertThat(StepTransitions.outcomesAfterFailure(ClearanceStep.BORDER_GUARD)).isEmpty();
    }

    static Map<String, StepState> legal() {
        Map<String, StepState> legal = new java.util.HashMap<>();
        for (String row : LEGAL) {
            String[] parts = row.split(" -> ");
            legal.put(parts[0], StepState.valueOf(parts[1]));
        }
        return legal;
    }

    /** The table, read from the code over every (step, state, decision): exactly the rows listed, every other triple refused. */
    @Test
    void the_transition_table_is_exactly_the_listed_rows() {
        List<String> table = new ArrayList<>();
        for (ClearanceStep step : ClearanceStep.values()) {
            for (StepState state : StepState.values()) {
                for (StepDecision decision : StepDecision.values()) {
                    StepTransitions.next(step, state, decision)
                            .ifPresent(to -> table.add(step + " " + state + " " + decision + " -> " + to));
                }
            }
        }
        assertThat(table).containsExactlyInAnyOrderElementsOf(LEGAL);
    }

    static Stream<Arguments> legalOfficerTransitions() {
        return LEGAL.stream().filter(r -> !r.startsWith("FEE_PAYMENT")).map(Arguments::of);
    }

    /** How an officer brings a step to a state, from PENDING. */
    static final Map<StepState, List<StepDecision>> PATHS = Map.of(
            StepState.PENDING, List.of(),
            StepState.CHANNEL_GREEN, List.of(StepDecision.ASSIGN_GREEN),
            StepState.CHANNEL_YELLOW, List.of(StepDecision.ASSIGN_YELLOW),
            StepState.CHANNEL_RED, List.of(StepDecision.ASSIGN_RED),
            StepState.DOCUMENTARY_INSPECTION, List.of(StepDecision.ASSIGN_YELLOW, StepDecision.ORDER_DOCUMENTARY_INSPECTION),
            StepState.PHYSICAL_INSPECTION, List.of(StepDecision.ASSIGN_RED, StepDecision.ORDER_PHYSICAL_INSPECTION),
            StepState.INSPECTED, List.of(StepDecision.ASSIGN_YELLOW, StepDecision.ORDER_DOCUMENTARY_INSPECTION, StepDecision.INSPECTION_PASSED),
            StepState.SAMPLE_TAKEN, List.of(StepDecision.SAMPLE),
            StepState.UNDER_TREATMENT, List.of(StepDecision.TREAT));

    /** Officers through the aggregate: every legal transition of their steps leads where the table says. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("legalOfficerTransitions")
    void a_legal_officer_decision_moves_the_step(String row) {
        String[] parts = row.split(" -> |\\s+");
        ClearanceStep step = ClearanceStep.valueOf(parts[0]);
        StepState from = StepState.valueOf(parts[1]);
        StepDecision decision = StepDecision.valueOf(parts[2]);
        StepState to = StepState.valueOf(parts[parts.length - 1]);
        Declaration d = step == ClearanceStep.HEALTH_QUARANTINE ? CaseMother.meatImportComplete() : CaseMother.durianComplete();
        java.time.Instant at = CaseMother.T0.plusSeconds(600);
        for (StepDecision earlier : PATHS.get(from)) {
            d.decide(step, earlier, "officer-1", null, at);
        }
        d.drainEvents();

        d.decide(step, decision, "officer-1", "checked", at);

        assertThat(d.clearance().step(step).state()).isEqualTo(to);
        assertThat(d.clearance().step(step).decidedBy()).isEqualTo("officer-1");
        assertThat(d.drainEvents()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(vn.laocai.gate.events.ClearanceStepDecided.class, s -> {
            assertThat(s.step()).isEqualTo(step.name());
            assertThat(s.fromState()).isEqualTo(from.name());
            assertThat(s.toState()).isEqualTo(to.name());
            assertThat(s.source()).isEqualTo("OFFICER");
        }));
        if (to == StepState.FAILED) {
            assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
        }
    }

    static Stream<Arguments> illegalOfficerDecisions() {
        List<Arguments> all = new ArrayList<>();
        Map<String, StepState> legal = legal();
        for (ClearanceStep step : List.of(ClearanceStep.BORDER_GUARD, ClearanceStep.CUSTOMS, ClearanceStep.PLANT_QUARANTINE)) {
            for (StepDecision decision : StepTransitions.officerDecisions(step)) {
                for (StepState reachable : List.of(StepState.PENDING, StepState.DONE)) {
                    if (!legal.containsKey(step + " " + reachable + " " + decision)) {
                        all.add(Arguments.of(step, reachable, decision));
                    }
                }
            }
        }
        return all.stream();
    }

    /** Officers through the aggregate: an illegal decision is a conflict naming the step, and changes nothing. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("illegalOfficerDecisions")
    void an_illegal_officer_decision_is_a_conflict_naming_the_step(ClearanceStep step, StepState state, StepDecision decision) {
        Declaration d = CaseMother.durianComplete();
        if (state == StepState.DONE) {
            driveToDone(d, step);
        }
        assertThat(d.clearance().step(step).state()).isEqualTo(state);
        assertThatThrownBy(() -> d.decide(step, decision, "officer-1", "because", CaseMother.T0.plusSeconds(999)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.isConflict()).isTrue();
                    assertThat(v.rule()).isIn("illegal-transition", "case-closed");
                    assertThat(v.getMessage()).startsWith(step.name());
                });
        assertThat(d.clearance().step(step).state()).isEqualTo(state);
    }

    private static void driveToDone(Declaration d, ClearanceStep step) {
        switch (step) {
            case BORDER_GUARD -> d.decide(step, StepDecision.CLEAR, "bg-1", null, CaseMother.T0.plusSeconds(300));
            case PLANT_QUARANTINE -> d.decide(step, StepDecision.PASS, "kd-1", null, CaseMother.T0.plusSeconds(300));
            case CUSTOMS -> {
                d.decide(step, StepDecision.ASSIGN_GREEN, "hq-1", null, CaseMother.T0.plusSeconds(300));
                d.decide(step, StepDecision.RELEASE, "hq-1", null, CaseMother.T0.plusSeconds(301));
            }
            default -> throw new IllegalArgumentException(step.name());
        }
    }
}
