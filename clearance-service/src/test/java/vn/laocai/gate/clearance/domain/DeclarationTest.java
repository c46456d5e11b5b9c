package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ClearanceStepDecided;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.DeclarationAmended;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentAttached;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.events.FeePaid;
import vn.laocai.gate.events.FeeRefunded;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laocai.gate.clearance.domain.CaseMother.BOOKING;
import static vn.laocai.gate.clearance.domain.CaseMother.T0;
import static vn.laocai.gate.clearance.domain.CaseMother.document;
import static vn.laocai.gate.clearance.domain.CaseMother.durian;
import static vn.laocai.gate.clearance.domain.CaseMother.durianComplete;
import static vn.laocai.gate.clearance.domain.CaseMother.durianExport;
import static vn.laocai.gate.clearance.domain.CaseMother.durianMissingPhyto;
import static vn.laocai.gate.clearance.domain.CaseMother.submitted;

class DeclarationTest {

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static <T extends GateEvent> List<T> of(List<GateEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void a_fresh_fruit_export_is_held_for_its_missing_documents_and_its_fee_assessed() {
        Declaration d = submitted(durianExport());

        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.SUBMITTED);
        assertThat(d.declared().goodsLines().get(0).hsCode()).isEqualTo("08106000");
        assertThat(d.documents().missing()).contains(DocumentType.PHYTOSANITARY_CERTIFICATE, DocumentType.PLANTING_AREA_CODE);
        assertThat(d.clearance().step(ClearanceStep.PLANT_QUARANTINE).state()).isEqualTo(StepState.PENDING);
        assertThat(d.clearance().step(ClearanceStep.HEALTH_QUARANTINE).state()).isEqualTo(StepState.NOT_REQUIRED);
        assertThat(d.clearance().step(ClearanceStep.FEE_PAYMENT).state()).isEqualTo(StepState.FEE_ASSESSED);
        assertThat(d.fee().amountVnd()).isEqualTo(500_000);
        assertThat(d.blockingStep()).contains(Hold.DOCUMENTS);
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, DeclarationSubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.documents()).isEmpty();
            // the account that declared: the trader its notices go to
            assertThat(e.ownerAccount()).isEqualTo("trader-lan");
        });
        assertThat(of(events, ConsignmentHeld.class)).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo("DOCUMENTS");
            assertThat(e.reason()).contains("PHYTOSANITARY_CERTIFICATE");
        });
        assertThat(of(events, FeeAssessed.class)).singleElement().satisfies(e -> assertThat(e.amountVnd()).isEqualTo(500_000));
        assertThat(of(events, ConsignmentReadyForGate.class)).isEmpty();
    }

    @Test
    void the_declaration_says_whether_its_goods_spoil() {
        DeclarationSubmitted durian = of(submitted(durianExport()).drainEvents(), DeclarationSubmitted.class).get(0);
        Declaration hair = submitted(CaseMother.data("EXPORT", "CN", List.of(BOOKING),
                List.of(CaseMother.goods(1, "0511.99.90", "Horsehair, cleaned", "VN"))));
        DeclarationSubmitted chapter05 = of(hair.drainEvents(), DeclarationSubmitted.class).get(0);

        assertThat(durian.perishable()).isTrue();
        assertThat(chapter05.perishable()).isFalse();
        assertThat(hair.perishable()).isFalse();
    }

    @Test
    void fifty_one_goods_lines_and_gross_below_net_are_refused() {
        List<GoodsItem> lines = Collections.nCopies(51, durian(1));
        assertThatThrownBy(() -> submitted(CaseMother.data("EXPORT", "CN", List.of(BOOKING), lines)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("goodsLines"));
        GoodsItem light = new GoodsItem(1, "080450", "Mangoes", java.math.BigDecimal.TEN, "KGM", java.math.BigDecimal.TEN,
                java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, "USD", "VN");
        assertThatThrownBy(() -> submitted(CaseMother.data("EXPORT", "CN", List.of(BOOKING), List.of(light))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("goodsLines[0].grossWeightKg"));
    }

    @Test
    void the_fruit_export_goes_from_held_to_ready_to_cleared_only_after_payment() {
        Declaration d = durianMissingPhyto();
        d.answer(new AgencyAnswer.ChannelAssigned(d.declarationVersion() - 2, "YELLOW", "VNACCS-1", at(100)));
        assertThat(d.clearance().customsChannel()).isEqualTo("YELLOW");
        assertThat(d.clearance().readyForGate()).isFalse();
        d.drainEvents();

        d.attachDocument(document(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-2026-118822"), at(200));
        List<GateEvent> attached = d.drainEvents();
        assertThat(of(attached, DocumentAttached.class)).singleElement().satisfies(e -> assertThat(e.sha256()).hasSize(64));
        assertThat(of(attached, DeclarationSubmitted.class)).singleElement().satisfies(e ->
                assertThat(e.documents()).extracting(vn.laocai.gate.events.DocumentReference::type).contains("PHYTOSANITARY_CERTIFICATE"));
        assertThat(of(attached, ConsignmentHoldLifted.class)).singleElement().satisfies(e -> assertThat(e.step()).isEqualTo("DOCUMENTS"));
        assertThat(of(attached, ConsignmentReadyForGate.class)).singleElement().satisfies(e -> assertThat(e.perishable()).isTrue());

        int customsVersion = d.customsVersion();
        d.answer(new AgencyAnswer.InspectionOrdered(customsVersion, "DOCUMENTARY", "VNACCS-1", at(300)));
        d.answer(new AgencyAnswer.InspectionCompleted(customsVersion, "PASSED", "Documents match the goods", at(400)));
        d.answer(new AgencyAnswer.Released(customsVersion, "VNACCS-1", at(500)));
        d.answer(new AgencyAnswer.QuarantineDecided(d.declarationVersion(), "PLANT_ANIMAL", "PASS", "KDTV-LC-2026-004512", null, at(550)));
        d.decide(ClearanceStep.BORDER_GUARD, StepDecision.CLEAR, "bg-officer", null, at(600));
        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.DONE);
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.IN_CLEARANCE);
        assertThat(d.blockingStep()).contains("FEE_PAYMENT");
        assertThat(of(d.drainEvents(), ConsignmentCleared.class)).isEmpty();

        d.feePaid(500_000, "PAY-1", "C26TLC-00000001", "trader-lan", at(700));
        List<GateEvent> paid = d.drainEvents();
        assertThat(of(paid, FeePaid.class)).singleElement().satisfies(e -> assertThat(e.invoiceNumber()).isEqualTo("C26TLC-00000001"));
        assertThat(of(paid, ConsignmentCleared.class)).singleElement();
        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.CLEARED);
        assertThat(d.timeline()).extracting(TimelineEntry::step).containsSubsequence("DECLARATION_SUBMITTED", "HOLD_PLACED",
                "CUSTOMS_CHANNEL_ASSIGNED", "DOCUMENT_ATTACHED", "HOLD_LIFTED", "READY_FOR_GATE", "CUSTOMS_INSPECTION_ORDERED",
                "CUSTOMS_INSPECTION_PASSED", "CUSTOMS_RELEASED", "PLANT_QUARANTINE_PASSED", "BORDER_CHECK_CLEARED", "FEE_PAID", "CLEARED");

        d.feePaid(500_000, "PAY-1", "C26TLC-00000001", "trader-lan", at(800));
        assertThat(d.drainEvents()).isEmpty();
        assertThatThrownBy(() -> d.hold("CUSTOMS", "late", "hq-1", at(900)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("case-closed"));
    }

    @Test
    void answers_repeated_or_out_of_order_end_where_the_furthest_answer_leads() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.Released(1, "VNACCS-9", at(100)));
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-9", at(50)));
        d.answer(new AgencyAnswer.InspectionOrdered(1, "DOCUMENTARY", "VNACCS-9", at(60)));
        d.answer(new AgencyAnswer.Released(1, "VNACCS-9", at(100)));

        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.DONE);
        assertThat(d.clearance().customsChannel()).isEqualTo("GREEN");
        assertThat(of(d.drainEvents(), ClearanceStepDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.decision()).isEqualTo("RELEASE"));
        assertThat(d.timeline()).filteredOn(t -> t.step().startsWith("CUSTOMS")).hasSize(1);
    }

    @Test
    void customs_answers_about_a_version_whose_customs_data_was_amended_are_stale() {
        Declaration d = durianComplete();
        DeclarationData changed = CaseMother.data("EXPORT", "CN", List.of(BOOKING),
                List.of(CaseMother.goods(1, "0810.60.00", "Fresh durian, Monthong variety", "VN")));
        d.amend(changed, CaseMother.linked(List.of(BOOKING)), CaseMother.POLICY, "trader-lan", at(100));
        d.drainEvents();

        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-OLD", at(110)));
        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.PENDING);
        assertThat(d.drainEvents()).isEmpty();

        d.answer(new AgencyAnswer.ChannelAssigned(d.customsVersion(), "RED", "VNACCS-NEW", at(120)));
        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.CHANNEL_RED);
    }

    @Test
    void a_document_adds_a_version_without_making_customs_answers_stale() {
        Declaration d = durianMissingPhyto();
        int before = d.customsVersion();
        d.attachDocument(document(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-1"), at(100));
        assertThat(d.customsVersion()).isEqualTo(before);
        d.answer(new AgencyAnswer.ChannelAssigned(before, "GREEN", "VNACCS-1", at(110)));
        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.CHANNEL_GREEN);
    }

    @Test
    void an_officer_decision_and_a_system_answer_for_the_same_step_do_not_both_count() {
        Declaration d = durianComplete();
        d.decide(ClearanceStep.PLANT_QUARANTINE, StepDecision.PASS, "kd-officer", "Fruit free of pests", at(100));
        d.drainEvents();

        d.answer(new AgencyAnswer.QuarantineDecided(d.declarationVersion(), "PLANT_ANIMAL", "FAIL", null, "late answer", at(200)));

        assertThat(d.clearance().step(ClearanceStep.PLANT_QUARANTINE).state()).isEqualTo(StepState.DONE);
        assertThat(d.clearance().step(ClearanceStep.PLANT_QUARANTINE).decidedBy()).isEqualTo("kd-officer");
        assertThat(d.clearance().status()).isNotEqualTo(DeclarationStatus.REJECTED);
        assertThat(of(d.drainEvents(), ClearanceStepDecided.class)).isEmpty();
        assertThat(d.timeline()).extracting(TimelineEntry::step).contains("ANSWER_IGNORED");

        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(300)));
        assertThatThrownBy(() -> d.decide(ClearanceStep.CUSTOMS, StepDecision.ASSIGN_RED, "hq-1", null, at(310)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.isConflict()).isTrue();
                    assertThat(v.getMessage()).startsWith("CUSTOMS").contains("VNACCS");
                });
    }

    @Test
    void an_amendment_restarts_only_the_steps_it_affects() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        d.decide(ClearanceStep.PLANT_QUARANTINE, StepDecision.PASS, "kd-1", null, at(60));
        d.decide(ClearanceStep.BORDER_GUARD, StepDecision.CLEAR, "bg-1", null, at(70));
        d.drainEvents();

        boolean changed = d.amend(CaseMother.data("EXPORT", "CN", List.of(BOOKING, "KT2-BBBBBB"), List.of(durian(1))),
                CaseMother.linked(List.of(BOOKING, "KT2-BBBBBB")), CaseMother.POLICY, "trader-lan", at(100));

        assertThat(changed).isTrue();
        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.CHANNEL_GREEN);
        assertThat(d.clearance().step(ClearanceStep.PLANT_QUARANTINE).state()).isEqualTo(StepState.DONE);
        assertThat(d.clearance().step(ClearanceStep.BORDER_GUARD).state()).isEqualTo(StepState.PENDING);
        assertThat(d.fee().amountVnd()).isEqualTo(1_000_000);
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, DeclarationAmended.class)).singleElement().satisfies(e -> {
            assertThat(e.changes()).containsExactly("BOOKINGS");
            assertThat(e.restartedSteps()).containsExactly("BORDER_GUARD");
        });
        assertThat(of(events, DeclarationSubmitted.class)).singleElement().satisfies(e -> assertThat(e.bookingCodes()).hasSize(2));
        assertThat(of(events, FeeAssessed.class)).singleElement();
        assertThat(d.clearance().readyForGate()).isTrue();

        boolean again = d.amend(CaseMother.data("EXPORT", "CN", List.of(BOOKING, "KT2-BBBBBB"), List.of(durian(1))),
                CaseMother.linked(List.of(BOOKING, "KT2-BBBBBB")), CaseMother.POLICY, "trader-lan", at(200));
        assertThat(again).isFalse();
        assertThat(d.drainEvents()).isEmpty();
    }

    @Test
    void an_amendment_of_the_goods_restarts_customs_and_quarantine_and_withdraws_readiness() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        d.decide(ClearanceStep.PLANT_QUARANTINE, StepDecision.PASS, "kd-1", null, at(60));
        assertThat(d.clearance().readyForGate()).isTrue();
        d.drainEvents();

        d.amend(CaseMother.data("EXPORT", "CN", List.of(BOOKING), List.of(CaseMother.goods(1, "0804.50.00", "Fresh mangoes", "VN"))),
                CaseMother.linked(List.of(BOOKING)), CaseMother.POLICY, "trader-lan", at(100));

        assertThat(d.clearance().step(ClearanceStep.CUSTOMS).state()).isEqualTo(StepState.PENDING);
        assertThat(d.clearance().step(ClearanceStep.PLANT_QUARANTINE).state()).isEqualTo(StepState.PENDING);
        assertThat(d.clearance().customsChannel()).isNull();
        assertThat(d.clearance().readyForGate()).isFalse();
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, DeclarationAmended.class)).singleElement()
                .satisfies(e -> assertThat(e.restartedSteps()).containsExactlyInAnyOrder("CUSTOMS", "PLANT_QUARANTINE"));
        assertThat(of(events, ConsignmentHeld.class)).singleElement().satisfies(e -> assertThat(e.step()).isEqualTo("CUSTOMS"));
    }

    @Test
    void a_direction_cannot_be_amended() {
        Declaration d = durianComplete();
        assertThatThrownBy(() -> d.amend(CaseMother.data("IMPORT", "CN", List.of(BOOKING), List.of(durian(1))),
                CaseMother.linked(List.of(BOOKING)), CaseMother.POLICY, "trader-lan", at(100)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("direction"));
    }

    @Test
    void an_officer_hold_withdraws_readiness_until_lifted() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        d.drainEvents();

        Hold hold = d.hold("PLANT_QUARANTINE", "Sample sent to the laboratory", "kd-1", at(100));
        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(d.blockingStep()).contains("PLANT_QUARANTINE");
        assertThat(of(d.drainEvents(), ConsignmentHeld.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Sample sent to the laboratory"));

        d.lift(hold.number(), "kd-1", at(200));
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, ConsignmentHoldLifted.class)).singleElement();
        assertThat(of(events, ConsignmentReadyForGate.class)).singleElement();
        assertThatThrownBy(() -> d.lift(hold.number(), "kd-1", at(300)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.isConflict()).isTrue());
        assertThatThrownBy(() -> d.hold("PLANT_QUARANTINE", " ", "kd-1", at(300)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
    }

    @Test
    void the_platforms_hold_for_missing_documents_cannot_be_lifted_by_hand() {
        Declaration d = submitted(durianExport());
        int number = d.clearance().openHolds().get(0).number();
        assertThatThrownBy(() -> d.lift(number, "hq-1", at(10)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("documents-missing"));
    }

    @Test
    void a_failed_inspection_rejects_the_consignment_with_its_reason() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "RED", "VNACCS-1", at(50)));
        d.answer(new AgencyAnswer.InspectionOrdered(1, "PHYSICAL", "VNACCS-1", at(60)));
        d.drainEvents();

        d.answer(new AgencyAnswer.InspectionCompleted(1, "FAILED", "Goods do not match the declaration", at(70)));

        assertThat(d.clearance().status()).isEqualTo(DeclarationStatus.REJECTED);
        assertThat(of(d.drainEvents(), ConsignmentRejected.class)).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo("CUSTOMS");
            assertThat(e.reason()).isEqualTo("Goods do not match the declaration");
        });
        assertThatThrownBy(() -> d.decide(ClearanceStep.BORDER_GUARD, StepDecision.CLEAR, "bg-1", null, at(80)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("case-closed"));
    }

    @Test
    void a_refusal_needs_a_reason_and_an_unknown_decision_is_named() {
        Declaration d = durianComplete();
        assertThatThrownBy(() -> d.decide(ClearanceStep.BORDER_GUARD, StepDecision.REFUSE, "bg-1", null, at(10)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> d.decide(ClearanceStep.BORDER_GUARD, StepDecision.PASS, "bg-1", null, at(10)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("decision"));
        assertThatThrownBy(() -> d.decide(ClearanceStep.HEALTH_QUARANTINE, StepDecision.PASS, "yt-1", null, at(10)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("step-not-required"));
    }

    @Test
    void a_border_check_per_vehicle_completes_the_step_when_every_vehicle_is_cleared() {
        Declaration d = submitted(CaseMother.data("EXPORT", "CN", List.of(BOOKING, "KT2-BBBBBB"), List.of(durian(1))));
        d.answer(new AgencyAnswer.BorderChecked(BOOKING, "CLEARED", null, at(10)));
        assertThat(d.clearance().step(ClearanceStep.BORDER_GUARD).state()).isEqualTo(StepState.PENDING);
        d.answer(new AgencyAnswer.BorderChecked("KT2-BBBBBB", "CLEARED", null, at(20)));
        d.answer(new AgencyAnswer.BorderChecked("KT2-BBBBBB", "CLEARED", null, at(20)));
        assertThat(d.clearance().step(ClearanceStep.BORDER_GUARD).state()).isEqualTo(StepState.DONE);
        assertThat(d.clearance().step(ClearanceStep.BORDER_GUARD).decidedThrough()).isEqualTo(DecisionSource.AGENCY_SYSTEM);
    }

    @Test
    void a_cancelled_booking_holds_until_the_bookings_are_amended() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(50)));
        d.bookingCancelled(BOOKING, "NO_SHOW", at(60));
        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(d.blockingStep()).contains(Hold.BOOKINGS);

        d.amend(CaseMother.data("EXPORT", "CN", List.of("KT2-CCCCCC"), List.of(durian(1))),
                CaseMother.linked(List.of("KT2-CCCCCC")), CaseMother.POLICY, "trader-lan", at(70));
        assertThat(d.clearance().readyForGate()).isTrue();
    }

    @Test
    void a_waiting_system_is_shown_until_it_answers() {
        Declaration d = durianComplete();
        d.answer(new AgencyAnswer.HandoffDelayed(1, "VNACCS", "VNACCS unavailable (HTTP 503)", at(10)));
        assertThat(d.clearance().waitingFor()).isEqualTo("VNACCS");
        d.answer(new AgencyAnswer.ChannelAssigned(1, "GREEN", "VNACCS-1", at(20)));
        assertThat(d.clearance().waitingFor()).isNull();
    }

    @Test
    void the_estimate_is_the_longest_remainder_of_the_open_steps() {
        Declaration d = durianComplete();
        Map<ClearanceStep, Duration> expected = Map.of(ClearanceStep.CUSTOMS, Duration.ofMinutes(45),
                ClearanceStep.PLANT_QUARANTINE, Duration.ofMinutes(60), ClearanceStep.BORDER_GUARD, Duration.ofMinutes(30));
        assertThat(d.clearance().estimatedRemaining(expected, T0.plus(Duration.ofMinutes(10)))).isEqualTo(Duration.ofMinutes(50));
        d.decide(ClearanceStep.PLANT_QUARANTINE, StepDecision.PASS, "kd-1", null, T0.plus(Duration.ofMinutes(10)));
        assertThat(d.clearance().estimatedRemaining(expected, T0.plus(Duration.ofMinutes(10)))).isEqualTo(Duration.ofMinutes(35));
    }

    @Test
    void paying_an_amount_other_than_what_is_due_is_refused() {
        Declaration d = durianComplete();
        assertThatThrownBy(() -> d.feePaid(100_000, "PAY-2", "C26-2", "trader-lan", at(10)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("amountVnd"));
    }

    @Test
    void the_timeline_reads_in_the_order_things_happened_whatever_order_they_were_heard_in() {
        Declaration d = durianComplete();
        Instant last = d.timeline().get(d.timeline().size() - 1).at();
        d.feePaid(500_000, "PAY-1", "C26TLC-00000001", "trader-lan", last.plusSeconds(60));
        // the queue service saw the truck check in before the fee was paid; its event is heard after
        d.vehicleMoved(BOOKING, "VEHICLE_CHECKED_IN", "Checked in", Message.of("timeline.VEHICLE_CHECKED_IN"), last.plusSeconds(30));
        d.vehicleMoved(BOOKING, "VEHICLE_CALLED_FORWARD", "Called forward", Message.of("timeline.VEHICLE_CALLED_FORWARD"),
                last.plusSeconds(60));

        assertThat(d.timeline()).extracting(TimelineEntry::at).isSorted();
        assertThat(d.timeline()).extracting(TimelineEntry::step).containsSubsequence("VEHICLE_CHECKED_IN", "FEE_PAID");
        assertThat(d.timeline()).extracting(TimelineEntry::step).as("the same instant keeps the order written")
                .containsSubsequence("FEE_PAID", "VEHICLE_CALLED_FORWARD");
    }

    @Test
    void a_paid_fee_lowered_by_an_amendment_orders_a_refund_of_the_difference_once() {
        Declaration d = submitted(CaseMother.data("EXPORT", "CN", List.of(BOOKING, "KT2-BBBBBB"), List.of(durian(1))));
        d.feePaid(1_000_000, "PAY-1", "1C26TLC-00000001", "trader-lan", at(10));
        d.drainEvents();

        d.amend(CaseMother.data("EXPORT", "CN", List.of(BOOKING), List.of(durian(1))), CaseMother.linked(List.of(BOOKING)),
                CaseMother.POLICY, "trader-lan", at(20));

        assertThat(d.fee().amountVnd()).isEqualTo(500_000);
        assertThat(d.fee().refundDueVnd()).isEqualTo(500_000);
        assertThat(d.fee().refundedVnd()).isZero();
        assertThat(d.fee().outstandingVnd()).isZero();
        assertThat(d.timeline()).filteredOn(t -> t.step().equals("FEE_REFUND_ORDERED")).singleElement();
        assertThat(of(d.drainEvents(), FeeRefunded.class)).as("not refunded before the provider confirms").isEmpty();

        d.amend(CaseMother.data("EXPORT", "CN", List.of(BOOKING), List.of(CaseMother.goods(1, "0810.60.00", "Fresh durian, Monthong", "VN"))),
                CaseMother.linked(List.of(BOOKING)), CaseMother.POLICY, "trader-lan", at(30));
        assertThat(d.fee().refundDueVnd()).as("the same lower fee again").isEqualTo(500_000);

        d.feeRefunded(500_000, "PAY-1", "RFD-1", "reassessed", at(40));
        assertThat(d.fee().refundDueVnd()).isZero();
        assertThat(d.fee().refundedVnd()).isEqualTo(500_000);
        assertThat(d.fee().outstandingVnd()).isZero();
        assertThat(of(d.drainEvents(), FeeRefunded.class)).singleElement().satisfies(e -> {
            assertThat(e.amountVnd()).isEqualTo(500_000);
            assertThat(e.refundReference()).isEqualTo("RFD-1");
        });
        assertThatThrownBy(() -> d.feeRefunded(1, "PAY-1", "RFD-2", "again", at(50))).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("amountVnd");

        d.amend(CaseMother.data("EXPORT", "CN", List.of(BOOKING, "KT2-BBBBBB"), List.of(durian(1))),
                CaseMother.linked(List.of(BOOKING, "KT2-BBBBBB")), CaseMother.POLICY, "trader-lan", at(60));
        assertThat(d.fee().outstandingVnd()).as("the refunded part is due again when the fee rises back").isEqualTo(500_000);
    }
}
