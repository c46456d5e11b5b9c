package vn.laocai.gate.customs.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.EventMother;
import vn.laocai.gate.events.GateEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoffTest {

    static final Instant T0 = Instant.parse("2026-06-15T01:30:00Z");
    static final String REF = "VNACCS-5F2A9C31D0E4";
    static final RetrySchedule RETRY = new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(30));

    static Handoff pending() {
        return Handoff.open(AgencySystem.VNACCS, EventMother.DECLARATION_ID, 1, EventMother.DECLARATION_NUMBER,
                "{}", T0);
    }

    static Handoff submitted() {
        Handoff h = pending();
        h.submitted(REF, T0.plusSeconds(1));
        return h;
    }

    static CustomsAnswer channel(String messageId, CustomsChannel channel, Instant at) {
        return new CustomsAnswer(messageId, REF, CustomsAnswer.Type.CHANNEL_ASSIGNED, channel, at);
    }

    static CustomsAnswer release(String messageId, Instant at) {
        return new CustomsAnswer(messageId, REF, CustomsAnswer.Type.RELEASED, CustomsChannel.GREEN, at);
    }

    @Test
    void a_new_handoff_is_pending_and_due_at_once() {
        Handoff h = pending();

        assertThat(h.state()).isEqualTo(HandoffState.PENDING);
        assertThat(h.isDue(T0)).isTrue();
        assertThat(h.attempts()).isZero();
    }

    @Test
    void an_acceptance_makes_it_submitted_with_the_reference() {
        Handoff h = submitted();

        assertThat(h.state()).isEqualTo(HandoffState.SUBMITTED);
        assertThat(h.agencyReference()).isEqualTo(REF);
        assertThat(h.attempts()).isEqualTo(1);
        assertThat(h.isDue(T0.plusSeconds(60))).isFalse();
    }

    @Test
    void a_repeated_acceptance_changes_nothing_but_another_reference_is_refused() {
        Handoff h = submitted();

        h.submitted(REF, T0.plusSeconds(5));
        assertThat(h.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> h.submitted("VNACCS-OTHER", T0.plusSeconds(5))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failures_keep_it_pending_and_wait_longer_each_time_up_to_the_maximum() {
        Handoff h = pending();

        h.submissionFailed("HTTP 503", T0, RETRY);
        assertThat(h.state()).isEqualTo(HandoffState.PENDING);
        assertThat(h.lastError()).isEqualTo("HTTP 503");
        assertThat(h.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(h.isDue(T0.plusSeconds(1))).isFalse();
        assertThat(h.isDue(T0.plusSeconds(2))).isTrue();

        h.submissionFailed("HTTP 503", T0, RETRY);
        assertThat(h.nextAttemptAt()).isEqualTo(T0.plusSeconds(4));
        for (int i = 0; i < 10; i++) {
            h.submissionFailed("HTTP 503", T0, RETRY);
        }
        assertThat(h.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(h.attempts()).isEqualTo(12);

        h.submitted(REF, T0.plusSeconds(40));
        assertThat(h.lastError()).isNull();
        assertThat(h.attempts()).isEqualTo(13);
    }

    @Test
    void a_rejected_handoff_is_not_tried_again() {
        Handoff h = pending();

        h.rejected("VNACCS answered 400: hsCode", T0);

        assertThat(h.state()).isEqualTo(HandoffState.REJECTED);
        assertThat(h.isDue(T0.plusSeconds(3600))).isFalse();
        assertThat(h.lastError()).contains("hsCode");
    }

    @Test
    void channel_then_release_announce_each_once() {
        Handoff h = submitted();

        List<GateEvent> assigned = h.apply(channel("m1", CustomsChannel.YELLOW, T0.plusSeconds(2)), T0.plusSeconds(3));
        List<GateEvent> released = h.apply(release("m2", T0.plusSeconds(60)), T0.plusSeconds(61));

        assertThat(assigned).containsExactly(new CustomsChannelAssigned(EventMother.DECLARATION_ID, 1,
                EventMother.DECLARATION_NUMBER, "YELLOW", REF, T0.plusSeconds(2)));
        assertThat(released).containsExactly(new CustomsReleased(EventMother.DECLARATION_ID, 1,
                EventMother.DECLARATION_NUMBER, REF, T0.plusSeconds(60)));
        assertThat(h.state()).isEqualTo(HandoffState.RELEASED);
    }

    @Test
    void repeated_answers_cause_nothing() {
        Handoff h = submitted();
        h.apply(channel("m1", CustomsChannel.GREEN, T0), T0);
        h.apply(release("m2", T0.plusSeconds(3)), T0);

        assertThat(h.apply(channel("m3", CustomsChannel.GREEN, T0), T0)).isEmpty();
        assertThat(h.apply(release("m4", T0.plusSeconds(4)), T0)).isEmpty();
        assertThat(h.releasedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void a_release_before_the_channel_is_held_then_announced_after_it() {
        Handoff h = submitted();

        assertThat(h.apply(release("m2", T0.plusSeconds(5)), T0.plusSeconds(6))).isEmpty();
        assertThat(h.releaseHeld()).isTrue();
        assertThat(h.state()).isEqualTo(HandoffState.SUBMITTED);
        assertThat(h.apply(release("m2-again", T0.plusSeconds(5)), T0.plusSeconds(7))).isEmpty();

        List<GateEvent> events = h.apply(channel("m1", CustomsChannel.GREEN, T0.plusSeconds(2)), T0.plusSeconds(8));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(CustomsChannelAssigned.class);
        assertThat(events.get(1)).isEqualTo(new CustomsReleased(EventMother.DECLARATION_ID, 1,
                EventMother.DECLARATION_NUMBER, REF, T0.plusSeconds(5)));
        assertThat(h.state()).isEqualTo(HandoffState.RELEASED);
        assertThat(h.releaseHeld()).isFalse();
    }

    @Test
    void a_second_different_channel_is_ignored() {
        Handoff h = submitted();
        h.apply(channel("m1", CustomsChannel.GREEN, T0), T0);

        assertThat(h.apply(channel("m9", CustomsChannel.RED, T0.plusSeconds(1)), T0)).isEmpty();
        assertThat(h.channel()).isEqualTo(CustomsChannel.GREEN);
    }

    @Test
    void an_answer_for_another_reference_is_refused() {
        Handoff h = submitted();
        CustomsAnswer other = new CustomsAnswer("m1", "VNACCS-OTHER", CustomsAnswer.Type.RELEASED, null, T0);

        assertThatThrownBy(() -> h.apply(other, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_channel_assignment_must_name_its_channel() {
        assertThatThrownBy(() -> new CustomsAnswer("m1", REF, CustomsAnswer.Type.CHANNEL_ASSIGNED, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
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
