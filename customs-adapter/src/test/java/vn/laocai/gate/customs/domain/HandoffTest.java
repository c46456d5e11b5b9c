package vn.laocai.gate.customs.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BorderCheckCompleted;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.DeclarationRejected;
import vn.laocai.gate.events.HandoffAccepted;
import vn.laocai.gate.events.HandoffDelayed;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.EventMother;
import vn.laocai.gate.events.GateEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoffTest {

    static final Instant T0 = Instant.parse("2026-06-15T01:30:00Z");
    static final String REF = "VNACCS-5F2A9C31D0E4";
    static final RetrySchedule RETRY = new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(30));

    static Handoff pending() {
        return Handoff.customs(UUID.randomUUID(), EventMother.DECLARATION_ID, 1, EventMother.DECLARATION_NUMBER,
                "hash", "{}", T0);
    }

    static Handoff submitted() {
        Handoff h = pending();
        h.submitted(REF, T0.plusSeconds(1));
        return h;
    }

    /** A pending handoff an instance claimed at {@code at} for 30 s. */
    static Handoff claimedAt(Instant at) {
        Handoff h = pending();
        h.claim(at, Duration.ofSeconds(30));
        return h;
    }

    static AgencyAnswer channel(String messageId, CustomsChannel channel, Instant at) {
        return AgencyAnswer.channelAssigned(messageId, REF, channel, at);
    }

    static AgencyAnswer release(String messageId, Instant at) {
        return AgencyAnswer.released(messageId, REF, at);
    }

    /** The events {@code change} caused, and no earlier ones. */
    static List<GateEvent> eventsOf(Handoff h, Runnable change) {
        h.drainEvents();
        change.run();
        return h.drainEvents();
    }

    static List<GateEvent> eventsOf(Handoff h, java.util.function.Consumer<Handoff> change) {
        return eventsOf(h, () -> change.accept(h));
    }

    @Test
    void a_new_handoff_is_pending_and_due_at_once() {
        Handoff h = pending();

        assertThat(h.state()).isEqualTo(HandoffState.PENDING);
        assertThat(h.isDue(T0)).isTrue();
        assertThat(h.delivery().attempts()).isZero();
    }

    @Test
    void a_claimed_handoff_is_not_due_for_other_instances_until_the_claim_ends() {
        Handoff h = pending();

        assertThat(h.claim(T0, Duration.ofSeconds(30))).isTrue();
        assertThat(h.claim(T0.plusSeconds(1), Duration.ofSeconds(30))).isFalse();
        assertThat(h.isDue(T0.plusSeconds(29))).isFalse();
        assertThat(h.isDue(T0.plusSeconds(30))).isTrue();
        assertThat(h.state()).isEqualTo(HandoffState.PENDING);
        assertThat(submitted().claim(T0, Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void an_agency_accepting_again_makes_a_backed_off_handoff_due_but_leaves_one_in_flight_with_its_sender() {
        Handoff backedOff = claimedAt(T0);
        backedOff.submissionFailed("VNACCS unavailable", T0.plusSeconds(1), RETRY);
        Handoff inFlight = claimedAt(T0.plusSeconds(2));

        backedOff.dueNow(T0.plusSeconds(2));
        inFlight.dueNow(T0.plusSeconds(2));

        assertThat(backedOff.isDue(T0.plusSeconds(2))).isTrue();
        assertThat(inFlight.isDue(T0.plusSeconds(2))).isFalse();
        assertThat(inFlight.claim(T0.plusSeconds(3), Duration.ofSeconds(30))).isFalse();
        assertThat(inFlight.isDue(T0.plusSeconds(32))).isTrue();
    }

    @Test
    void recording_the_outcome_of_an_attempt_ends_its_claim() {
        Handoff failed = claimedAt(T0);
        failed.submissionFailed("VNACCS unavailable", T0.plusSeconds(1), RETRY);
        Handoff rejected = claimedAt(T0);
        rejected.rejected("HS code unknown", T0.plusSeconds(1));
        Handoff accepted = claimedAt(T0);
        accepted.submitted(REF, T0.plusSeconds(1));

        assertThat(failed.delivery().claimedUntil()).isNull();
        assertThat(failed.isDue(T0.plusSeconds(1).plus(RETRY.after(1)))).isTrue();
        assertThat(rejected.delivery().claimedUntil()).isNull();
        assertThat(accepted.delivery().claimedUntil()).isNull();
    }

    @Test
    void an_acceptance_makes_it_submitted_with_the_reference() {
        Handoff h = submitted();

        assertThat(h.state()).isEqualTo(HandoffState.SUBMITTED);
        assertThat(h.agencyReference()).isEqualTo(REF);
        assertThat(h.delivery().attempts()).isEqualTo(1);
        assertThat(h.isDue(T0.plusSeconds(60))).isFalse();
    }

    @Test
    void a_repeated_acceptance_changes_nothing_but_another_reference_is_refused() {
        Handoff h = submitted();

        h.submitted(REF, T0.plusSeconds(5));
        assertThat(h.delivery().attempts()).isEqualTo(1);
        assertThatThrownBy(() -> h.submitted("VNACCS-OTHER", T0.plusSeconds(5))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failures_keep_it_pending_and_wait_longer_each_time_up_to_the_maximum() {
        Handoff h = pending();

        h.submissionFailed("HTTP 503", T0, RETRY);
        assertThat(h.state()).isEqualTo(HandoffState.PENDING);
        assertThat(h.delivery().lastError()).isEqualTo("HTTP 503");
        assertThat(h.delivery().nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(h.isDue(T0.plusSeconds(1))).isFalse();
        assertThat(h.isDue(T0.plusSeconds(2))).isTrue();

        h.submissionFailed("HTTP 503", T0, RETRY);
        assertThat(h.delivery().nextAttemptAt()).isEqualTo(T0.plusSeconds(4));
        for (int i = 0; i < 10; i++) {
            h.submissionFailed("HTTP 503", T0, RETRY);
        }
        assertThat(h.delivery().nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(h.delivery().attempts()).isEqualTo(12);

        h.submitted(REF, T0.plusSeconds(40));
        assertThat(h.delivery().lastError()).isNull();
        assertThat(h.delivery().attempts()).isEqualTo(13);
    }

    @Test
    void a_rejected_handoff_is_not_tried_again() {
        Handoff h = pending();

        h.rejected("VNACCS answered 400: hsCode", T0);

        assertThat(h.state()).isEqualTo(HandoffState.REJECTED);
        assertThat(h.isDue(T0.plusSeconds(3600))).isFalse();
        assertThat(h.delivery().lastError()).contains("hsCode");
    }

    @Test
    void channel_then_release_announce_each_once() {
        Handoff h = submitted();

        List<GateEvent> assigned = eventsOf(h, () -> h.apply(channel("m1", CustomsChannel.GREEN, T0.plusSeconds(2)), T0.plusSeconds(3)));
        List<GateEvent> released = eventsOf(h, () -> h.apply(release("m2", T0.plusSeconds(60)), T0.plusSeconds(61)));

        assertThat(assigned).containsExactly(new CustomsChannelAssigned(EventMother.DECLARATION_ID, 1,
                EventMother.DECLARATION_NUMBER, "GREEN", REF, T0.plusSeconds(2)));
        assertThat(released).containsExactly(new CustomsReleased(EventMother.DECLARATION_ID, 1,
                EventMother.DECLARATION_NUMBER, REF, T0.plusSeconds(60)));
        assertThat(h.state()).isEqualTo(HandoffState.RELEASED);
    }

    @Test
    void repeated_answers_cause_nothing() {
        Handoff h = submitted();
        h.apply(channel("m1", CustomsChannel.GREEN, T0), T0);
        h.apply(release("m2", T0.plusSeconds(3)), T0);

        assertThat(eventsOf(h, () -> h.apply(channel("m3", CustomsChannel.GREEN, T0), T0))).isEmpty();
        assertThat(eventsOf(h, () -> h.apply(release("m4", T0.plusSeconds(4)), T0))).isEmpty();
        assertThat(h.customs().releasedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void a_release_before_the_channel_is_held_then_announced_after_it() {
        Handoff h = submitted();

        assertThat(eventsOf(h, () -> h.apply(release("m2", T0.plusSeconds(5)), T0.plusSeconds(6)))).isEmpty();
        assertThat(h.customs().releaseHeld()).isTrue();
        assertThat(h.state()).isEqualTo(HandoffState.SUBMITTED);
        assertThat(eventsOf(h, () -> h.apply(release("m2-again", T0.plusSeconds(5)), T0.plusSeconds(7)))).isEmpty();

        List<GateEvent> events = eventsOf(h, () -> h.apply(channel("m1", CustomsChannel.GREEN, T0.plusSeconds(2)), T0.plusSeconds(8)));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(CustomsChannelAssigned.class);
        assertThat(events.get(1)).isEqualTo(new CustomsReleased(EventMother.DECLARATION_ID, 1,
                EventMother.DECLARATION_NUMBER, REF, T0.plusSeconds(5)));
        assertThat(h.state()).isEqualTo(HandoffState.RELEASED);
        assertThat(h.customs().releaseHeld()).isFalse();
    }

    @Test
    void a_second_different_channel_is_ignored() {
        Handoff h = submitted();
        h.apply(channel("m1", CustomsChannel.GREEN, T0), T0);

        assertThat(eventsOf(h, () -> h.apply(channel("m9", CustomsChannel.RED, T0.plusSeconds(1)), T0))).isEmpty();
        assertThat(h.customs().channel()).isEqualTo(CustomsChannel.GREEN);
    }

    @Test
    void an_answer_for_another_reference_is_refused() {
        Handoff h = submitted();
        AgencyAnswer other = AgencyAnswer.released("m1", "VNACCS-OTHER", T0);

        assertThatThrownBy(() -> h.apply(other, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_channel_assignment_must_name_its_channel() {
        assertThat(AgencyAnswer.channelAssigned("m1", REF, null, T0).missingField()).contains("channel");
    }

    @Test
    void acceptance_is_announced_once_and_the_first_failure_announces_the_delay_once() {
        Handoff h = pending();

        List<GateEvent> first = eventsOf(h, () -> h.submissionFailed("VNACCS answered 503", T0, RETRY));
        List<GateEvent> second = eventsOf(h, () -> h.submissionFailed("VNACCS answered 503", T0.plusSeconds(2), RETRY));
        List<GateEvent> accepted = eventsOf(h, () -> h.submitted(REF, T0.plusSeconds(10)));

        assertThat(first).containsExactly(new HandoffDelayed(EventMother.DECLARATION_ID, 1, "VNACCS",
                "VNACCS answered 503", T0));
        assertThat(second).isEmpty();
        assertThat(accepted).containsExactly(new HandoffAccepted(EventMother.DECLARATION_ID, 1, "VNACCS", REF,
                T0.plusSeconds(10)));
        assertThat(eventsOf(h, () -> h.submitted(REF, T0.plusSeconds(11)))).isEmpty();
    }

    @Test
    void a_refusal_at_submission_announces_the_rejection() {
        assertThat(eventsOf(pending(), p -> p.rejected("VNACCS answered 400: hsCode", T0))).containsExactly(new DeclarationRejected(
                EventMother.DECLARATION_ID, 1, "VNACCS", "VNACCS answered 400: hsCode", T0));
    }

    @Test
    void a_red_channel_orders_a_physical_inspection_and_holds_an_early_release_until_its_result() {
        Handoff h = submitted();

        assertThat(eventsOf(h, () -> h.apply(release("r", T0.plusSeconds(90)), T0))).isEmpty();
        assertThat(eventsOf(h, () -> h.apply(AgencyAnswer.inspected("i", REF, "PASSED", null, T0.plusSeconds(80)), T0))).isEmpty();
        List<GateEvent> events = eventsOf(h, () -> h.apply(channel("c", CustomsChannel.RED, T0.plusSeconds(2)), T0));

        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("CustomsChannelAssigned",
                "CustomsInspectionOrdered", "CustomsInspectionCompleted", "CustomsReleased");
        assertThat(((CustomsInspectionOrdered) events.get(1)).inspectionKind()).isEqualTo("PHYSICAL");
        assertThat(h.state()).isEqualTo(HandoffState.RELEASED);
        assertThat(eventsOf(h, () -> h.apply(AgencyAnswer.inspected("i2", REF, "PASSED", null, T0.plusSeconds(80)), T0))).isEmpty();
    }

    @Test
    void a_yellow_channel_waits_for_the_documentary_check_before_the_release() {
        Handoff h = submitted();
        List<GateEvent> assigned = eventsOf(h, () -> h.apply(channel("c", CustomsChannel.YELLOW, T0), T0));

        assertThat(((CustomsInspectionOrdered) assigned.get(1)).inspectionKind()).isEqualTo("DOCUMENTARY");
        assertThat(eventsOf(h, () -> h.apply(release("r", T0.plusSeconds(50)), T0))).isEmpty();
        assertThat(h.customs().releaseHeld()).isTrue();
        assertThat(eventsOf(h, () -> h.apply(AgencyAnswer.inspected("i", REF, "PASSED", "ok", T0.plusSeconds(45)), T0)))
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CustomsInspectionCompleted", "CustomsReleased");
    }

    @Test
    void a_rejection_after_inspection_ends_the_handoff() {
        Handoff h = submitted();
        h.apply(channel("c", CustomsChannel.RED, T0), T0);
        h.apply(AgencyAnswer.inspected("i", REF, "FAILED", "mismatch", T0.plusSeconds(100)), T0);

        List<GateEvent> rejected = eventsOf(h, () -> h.apply(new AgencyAnswer("x", REF, AgencyAnswer.Type.REJECTED, null, null, null, null,
                "Inspection failed", null, null, T0.plusSeconds(101)), T0));

        assertThat(rejected).containsExactly(new DeclarationRejected(EventMother.DECLARATION_ID, 1, "VNACCS",
                "Inspection failed", T0.plusSeconds(101)));
        assertThat(eventsOf(h, () -> h.apply(release("late", T0.plusSeconds(200)), T0))).isEmpty();
    }

    @Test
    void quarantine_decisions_are_announced_in_time_order_and_end_with_a_final_one() {
        Handoff h = Handoff.quarantine(UUID.randomUUID(), EventMother.DECLARATION_ID, 1, EventMother.DECLARATION_NUMBER,
                "{}", T0);
        h.submitted("KDTV-1", T0);

        assertThat(eventsOf(h, () -> h.apply(quarantine("q2", "PASS", T0.plusSeconds(20)), T0))).hasSize(1);
        assertThat(eventsOf(h, () -> h.apply(quarantine("q1", "SAMPLE", T0.plusSeconds(10)), T0))).isEmpty();
        assertThat(eventsOf(h, () -> h.apply(quarantine("q3", "FAIL", T0.plusSeconds(30)), T0))).isEmpty();
        assertThat(h.outcome()).isEqualTo("PASS");
        assertThat(h.state()).isEqualTo(HandoffState.COMPLETED);
    }

    @Test
    void a_border_check_is_announced_by_booking_code_and_plate() {
        Handoff h = Handoff.borderCheck(UUID.randomUUID(), "KT2-7XK4P9", "24C-123.45", "{}", T0);
        assertThat(eventsOf(h, () -> h.submitted("BP-1", T0))).isEmpty();

        List<GateEvent> events = eventsOf(h, () -> h.apply(new AgencyAnswer("b", "BP-1", AgencyAnswer.Type.BORDER_CHECKED, null, null,
                "CLEARED", null, null, null, null, T0.plusSeconds(3)), T0));

        assertThat(events).containsExactly(new BorderCheckCompleted("KT2-7XK4P9", "24C-123.45", "CLEARED", null,
                T0.plusSeconds(3)));
        assertThat(events.get(0).aggregateId()).isEqualTo("KT2-7XK4P9");
    }

    @Test
    void an_answer_of_another_system_is_refused() {
        Handoff h = submitted();

        assertThatThrownBy(() -> h.apply(quarantine("x", "PASS", T0), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    static AgencyAnswer quarantine(String messageId, String outcome, Instant at) {
        String reference = messageId.startsWith("q") ? "KDTV-1" : REF;
        return new AgencyAnswer(messageId, reference, AgencyAnswer.Type.QUARANTINE_DECIDED, null, null, outcome, null,
                null, null, null, at);
    }

    @Test
    void retry_waits_double_up_to_the_maximum() {
        assertThat(RETRY.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RETRY.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(RETRY.after(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(RETRY.after(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RETRY.after(1000)).isEqualTo(Duration.ofSeconds(30));
    }
}
