package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ClearanceStepDecided;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.InspectionOutcomeRecorded;
import vn.laocai.gate.support.domain.RuleViolation;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laocai.gate.clearance.domain.DeclarationTest.at;
import static vn.laocai.gate.clearance.domain.DeclarationTest.of;
import static vn.laocai.gate.clearance.domain.CaseMother.BOOKING;
import static vn.laocai.gate.clearance.domain.CaseMother.T0;
import static vn.laocai.gate.clearance.domain.CaseMother.durian;
import static vn.laocai.gate.clearance.domain.CaseMother.durianComplete;
import static vn.laocai.gate.clearance.domain.CaseMother.goods;
import static vn.laocai.gate.clearance.domain.CaseMother.linked;
import static vn.laocai.gate.clearance.domain.CaseMother.POLICY;
import static vn.laocai.gate.clearance.domain.ClearanceStep.PLANT_QUARANTINE;
import static vn.laocai.gate.clearance.domain.InspectionOutcome.DESTRUCTION;
import static vn.laocai.gate.clearance.domain.InspectionOutcome.RETURN_TO_EXPORTER;
import static vn.laocai.gate.clearance.domain.InspectionOutcome.RE_EXPORT;
import static vn.laocai.gate.clearance.domain.InspectionOutcome.SPLIT_LOT;
import static vn.laocai.gate.clearance.domain.InspectionOutcome.TREATMENT;

/** What becomes of a consignment after a failed inspection: outcomes of the same case, each with its own steps. */
class OutcomeTest {

    /** A complete durian export on the green channel whose plant quarantine failed, events drained. */
    static Declaration failedQuarantine() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        d.decide(PLANT_QUARANTINE, StepDecision.FAIL, "kd-hoa", "Live mealybugs on the husks", at(100));
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
        assertThat(of(d.drainEvents(), ConsignmentRejected.class)).hasSize(1);
        return d;
    }

    static void clearTheRest(Declaration d, int at) {
        d.decide(ClearanceStep.BORDER_GUARD, StepDecision.CLEAR, "bp-1", null, at(at));
        d.decide(ClearanceStep.CUSTOMS, StepDecision.RELEASE, "hq-1", null, at(at + 1));
        d.feePaid(d.fee().amountVnd(), "PAY-1", "C26TLC-1", "trader-lan", at(at + 2));
    }

    @Test
    void treatment_then_reinspection_then_release_on_the_same_case() {
        Declaration d = failedQuarantine();

        d.recordOutcome(PLANT_QUARANTINE, TREATMENT, null, List.of(), "Fumigate with methyl bromide", "kd-hoa", at(200));
        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.UNDER_TREATMENT);
        assertThat(d.clearance().status()).isNotEqualTo(DeclarationStatus.REJECTED);
        assertThat(d.clearance().rejectionReason()).isNull();
        List<GateEvent> ordered = d.drainEvents();
        assertThat(of(ordered, InspectionOutcomeRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("TREATMENT");
            assertThat(e.state()).isEqualTo("ORDERED");
            assertThat(e.outcomeNumber()).isEqualTo(1);
        });
        assertThat(of(ordered, ClearanceStepDecided.class)).singleElement().satisfies(e -> assertThat(e.toState()).isEqualTo("UNDER_TREATMENT"));
        assertThat(of(ordered, ConsignmentReadyForGate.class)).hasSize(1);

        d.outcomeCarriedOut(1, "KDTV-XL-2026-00417", "kd-hoa", at(300));
        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.PENDING);
        assertThat(d.clearance().outcomes()).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(OutcomeState.CARRIED_OUT);
            assertThat(o.reference()).isEqualTo("KDTV-XL-2026-00417");
        });
        assertThat(of(d.drainEvents(), InspectionOutcomeRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo("CARRIED_OUT"));

        d.decide(PLANT_QUARANTINE, StepDecision.PASS, "kd-hoa", null, at(400));
        clearTheRest(d, 500);
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.CLEARED);
        assertThat(of(d.drainEvents(), ConsignmentCleared.class)).hasSize(1);
        assertThat(d.timeline()).extracting(TimelineEntry::step).contains("OUTCOME_ORDERED", "CASE_REOPENED", "OUTCOME_CARRIED_OUT");
    }

    @Test
    void a_reinspection_may_fail_again_and_take_another_outcome() {
        Declaration d = failedQuarantine();
        d.recordOutcome(PLANT_QUARANTINE, TREATMENT, null, List.of(), "Fumigate", "kd-hoa", at(200));
        d.outcomeCarriedOut(1, "KDTV-1", "kd-hoa", at(300));

        d.decide(PLANT_QUARANTINE, StepDecision.FAIL, "kd-hoa", "Still infested", at(400));
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
        d.recordOutcome(PLANT_QUARANTINE, DESTRUCTION, null, List.of(), "Infested after treatment", "kd-hoa", at(500));

        assertThat(d.clearance().outcomes()).extracting(CaseOutcome::outcome).containsExactly(TREATMENT, DESTRUCTION);
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
    }

    @Test
    void the_quarantine_systems_answer_about_the_failed_inspection_no_longer_counts_after_the_treatment() {
        Declaration d = failedQuarantine();
        d.recordOutcome(PLANT_QUARANTINE, TREATMENT, null, List.of(), "Fumigate", "kd-hoa", at(200));
        d.outcomeCarriedOut(1, "KDTV-1", "kd-hoa", at(300));

        d.answer(new AgencyAnswer.QuarantineDecided(d.declarationVersion(), "PLANT", "FAIL", null, "first inspection", at(150)));
        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.PENDING);

        d.answer(new AgencyAnswer.QuarantineDecided(d.declarationVersion(), "PLANT", "PASS", "KDTV-CERT-9", null, at(350)));
        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.DONE);
    }

    @Test
    void treatment_is_recorded_only_while_the_step_is_under_treatment_and_once() {
        Declaration d = failedQuarantine();
        d.recordOutcome(PLANT_QUARANTINE, TREATMENT, null, List.of(), "Fumigate", "kd-hoa", at(200));
        assertThatThrownBy(() -> d.outcomeCarriedOut(1, " ", "kd-hoa", at(250)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reference"));
        d.outcomeCarriedOut(1, "KDTV-1", "kd-hoa", at(300));

        assertThatThrownBy(() -> d.outcomeCarriedOut(1, "KDTV-1", "kd-hoa", at(310)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("outcome-carried-out"));
        assertThatThrownBy(() -> d.outcomeCarriedOut(7, "KDTV-1", "kd-hoa", at(310)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("unknown-outcome"));
    }

    @Test
    void a_split_lot_releases_the_rest_and_names_the_part_rejected_and_its_fate() {
        Declaration d = failedQuarantine();

        d.recordOutcome(PLANT_QUARANTINE, SPLIT_LOT, RETURN_TO_EXPORTER, List.of(new SplitLine(1, new BigDecimal("2500"))),
                "Fruit borer in 2.5 t", "kd-hoa", at(200));

        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.DONE);
        assertThat(d.clearance().rejectedQuantities()).singleElement().satisfies(q -> {
            assertThat(q.lineNumber()).isEqualTo(1);
            assertThat(q.quantity()).isEqualByComparingTo("2500");
            assertThat(q.unit()).isEqualTo("KGM");
        });
        assertThat(of(d.drainEvents(), InspectionOutcomeRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.disposal()).isEqualTo("RETURN_TO_EXPORTER");
            assertThat(e.rejectedLines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("2500"));
        });
        clearTheRest(d, 300);
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.CLEARED);
        d.outcomeCarriedOut(1, "Returned to the packing house, minutes 17", "kd-hoa", at(400));
        assertThat(d.clearance().outcomes().get(0).state()).isEqualTo(OutcomeState.CARRIED_OUT);
    }

    @Test
    void a_split_must_name_real_lines_quantities_it_can_reject_and_leave_something() {
        Declaration d = failedQuarantine();

        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, SPLIT_LOT, DESTRUCTION, List.of(new SplitLine(2, BigDecimal.ONE)),
                "r", "kd-hoa", at(200))).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("lines[0].lineNumber"));
        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, SPLIT_LOT, DESTRUCTION, List.of(new SplitLine(1, new BigDecimal("18000.5"))),
                "r", "kd-hoa", at(200))).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("lines[0].quantity"));
        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, SPLIT_LOT, DESTRUCTION, List.of(new SplitLine(1, new BigDecimal("18000"))),
                "r", "kd-hoa", at(200))).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("split-rejects-everything"));
        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, SPLIT_LOT, null, List.of(new SplitLine(1, BigDecimal.TEN)),
                "r", "kd-hoa", at(200))).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("disposal"));
        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, SPLIT_LOT, RE_EXPORT, List.of(new SplitLine(1, BigDecimal.TEN)),
                "r", "kd-hoa", at(200))).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("outcome-not-for-direction");
                    assertThat(v.field()).isEqualTo("disposal");
                });
        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, TREATMENT, DESTRUCTION, List.of(), "r", "kd-hoa", at(200)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("split-only"));
        assertThat(d.clearance().outcomes()).isEmpty();
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
    }

    @Test
    void a_split_of_a_two_line_lot_may_reject_one_line_whole() {
        Declaration d = CaseMother.submitted(CaseMother.data("EXPORT", "CN", List.of(BOOKING), List.of(durian(1),
                goods(2, "0810.60.00", "Fresh durian, Monthong", "VN"))));
        CaseMother.FRUIT_DOCUMENTS_BUT_PHYTO.forEach(t -> d.attachDocument(CaseMother.document(t, t.name() + "-1"), at(10)));
        d.attachDocument(CaseMother.document(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-1"), at(20));
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        d.decide(PLANT_QUARANTINE, StepDecision.FAIL, "kd-hoa", "Line 2 infested", at(100));

        d.recordOutcome(PLANT_QUARANTINE, SPLIT_LOT, DESTRUCTION, List.of(new SplitLine(2, new BigDecimal("18000"))), "Line 2 infested",
                "kd-hoa", at(200));

        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.DONE);
    }

    @Test
    void a_return_of_the_whole_lot_ends_the_case_rejected_with_its_own_steps() {
        Declaration d = failedQuarantine();

        d.recordOutcome(PLANT_QUARANTINE, RETURN_TO_EXPORTER, null, List.of(), "Fruit borer throughout", "kd-hoa", at(200));
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.FAILED);
        assertThat(of(d.drainEvents(), InspectionOutcomeRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("RETURN_TO_EXPORTER"));

        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, TREATMENT, null, List.of(), "second thoughts", "kd-hoa", at(250)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("disposal-ordered"));
        DeclarationData fewer = CaseMother.data("EXPORT", "CN", List.of(BOOKING), List.of(goods(1, "0810.60.00", "Fresh durian, Ri6", "VN")));
        assertThatThrownBy(() -> d.amend(fewer, linked(List.of(BOOKING)), POLICY, "trader-lan", at(260)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("disposal-ordered"));

        d.outcomeCarriedOut(1, "Back at the packing house, minutes 18", "kd-hoa", at(300));
        assertThat(d.clearance().outcomes().get(0).state()).isEqualTo(OutcomeState.CARRIED_OUT);
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
    }

    @Test
    void each_outcome_fits_its_step_and_direction_and_follows_a_failure_only() {
        Declaration d = failedQuarantine();
        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, RE_EXPORT, null, List.of(), "r", "kd-hoa", at(200)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("outcome-not-for-direction"));
        assertThatThrownBy(() -> d.recordOutcome(PLANT_QUARANTINE, TREATMENT, null, List.of(), " ", "kd-hoa", at(200)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> d.recordOutcome(ClearanceStep.CUSTOMS, TREATMENT, null, List.of(), "r", "hq-1", at(200)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("no-failed-inspection"));

        Declaration customs = durianComplete();
        customs.answer(new AgencyAnswer.ChannelAssigned(1, "RED", "VNACCS-1", at(50)));
        customs.decide(ClearanceStep.CUSTOMS, StepDecision.ORDER_PHYSICAL_INSPECTION, "hq-1", null, at(60));
        customs.decide(ClearanceStep.CUSTOMS, StepDecision.INSPECTION_FAILED, "hq-1", "Goods do not match", at(70));
        assertThatThrownBy(() -> customs.recordOutcome(ClearanceStep.CUSTOMS, TREATMENT, null, List.of(), "r", "hq-1", at(80)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("outcome-not-for-step"));
        customs.recordOutcome(ClearanceStep.CUSTOMS, SPLIT_LOT, RETURN_TO_EXPORTER, List.of(new SplitLine(1, new BigDecimal("500"))),
                "500 kg undeclared variety", "hq-1", at(90));
        assertThat(customs.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.INSPECTED);

        Declaration border = durianComplete();
        border.decide(ClearanceStep.BORDER_GUARD, StepDecision.REFUSE, "bp-1", "Driver's passport expired", at(50));
        assertThatThrownBy(() -> border.recordOutcome(ClearanceStep.BORDER_GUARD, RETURN_TO_EXPORTER, null, List.of(), "r", "bp-1", at(60)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("outcome-not-for-step"));
    }

    @Test
    void after_a_rejection_an_amendment_that_restarts_the_failed_step_sets_the_case_going_and_another_is_refused() {
        Declaration d = failedQuarantine();
        DeclarationData otherConsignee = new DeclarationData(new Declarant("5300123456", "Nong san Lao Cai"), "Hekou Fruit Two",
                "305123456789", Direction.EXPORT, "CN", CustomsProcedure.STANDARD, false, List.of(BOOKING), List.of(durian(1)));
        assertThatThrownBy(() -> d.amend(otherConsignee, linked(List.of(BOOKING)), POLICY, "trader-lan", at(200)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("amendment-does-not-restart");
                    assertThat(v.isConflict()).isTrue();
                });

        DeclarationData smaller = CaseMother.data("EXPORT", "CN", List.of(BOOKING), List.of(goods(1, "0810.60.00", "Fresh durian, Ri6, sorted", "VN")));
        assertThat(d.amend(smaller, linked(List.of(BOOKING)), POLICY, "trader-lan", at(300))).isTrue();

        assertThat(d.clearance().status()).isNotEqualTo(DeclarationStatus.REJECTED);
        assertThat(d.clearance().step(PLANT_QUARANTINE).state()).isEqualTo(StepState.PENDING);
        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.PENDING);
        assertThat(d.clearance().step(ClearanceStep.BORDER_GUARD).state()).isEqualTo(StepState.PENDING);
    }
}
