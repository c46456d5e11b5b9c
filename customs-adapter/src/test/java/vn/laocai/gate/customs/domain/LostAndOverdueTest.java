package vn.laocai.gate.customs.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.EventMother;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.HandoffAccepted;
import vn.laocai.gate.events.HandoffOverdue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.customs.domain.HandoffTest.REF;
import static vn.laocai.gate.customs.domain.HandoffTest.RETRY;
import static vn.laocai.gate.customs.domain.HandoffTest.T0;
import static vn.laocai.gate.customs.domain.HandoffTest.channel;
import static vn.laocai.gate.customs.domain.HandoffTest.eventsOf;
import static vn.laocai.gate.customs.domain.HandoffTest.release;
import static vn.laocai.gate.customs.domain.HandoffTest.submitted;

/** A handoff the agency lost or left unanswered: sent again once, then escalated; never waiting for ever. */
class LostAndOverdueTest {

    static final AnswerDeadline DEADLINE = new AnswerDeadline(Duration.ofHours(2));
    static final String NEW_REF = "VNACCS-0A1B2C3D4E5F";

    @Test
    void a_lost_handoff_is_sent_again_at_once_and_the_case_is_told() {
        Handoff h = submitted();
        Instant at = T0.plusSeconds(600);

        List<GateEvent> events = eventsOf(h, () -> h.lost("VNACCS answered 404", at, true));

        assertThat(h.state()).isEqualTo(HandoffState.LOST);
        assertThat(h.isDue(at)).isTrue();
        assertThat(h.followup().resubmissions()).isEqualTo(1);
        assertThat(h.followup().reason()).isEqualTo("VNACCS answered 404");
        assertThat(events).containsExactly(new HandoffOverdue(EventMother.DECLARATION_ID, 1, "VNACCS", REF, "LOST",
                "RESUBMITTED", "VNACCS answered 404", at));
    }

    @Test
    void the_resubmission_accepted_under_a_new_reference_goes_on_under_it() {
        Handoff h = submitted();
        h.lost("VNACCS answered 404", T0.plusSeconds(600), true);

        List<GateEvent> events = eventsOf(h, () -> h.submitted(NEW_REF, T0.plusSeconds(601)));

        assertThat(h.state()).isEqualTo(HandoffState.SUBMITTED);
        assertThat(h.agencyReference()).isEqualTo(NEW_REF);
        assertThat(h.isDue(T0.plusSeconds(700))).isFalse();
        assertThat(events).containsExactly(new HandoffAccepted(EventMother.DECLARATION_ID, 1, "VNACCS", NEW_REF,
                T0.plusSeconds(601)));
        h.apply(AgencyAnswer.channelAssigned("m1", NEW_REF, CustomsChannel.GREEN, T0.plusSeconds(602)), T0.plusSeconds(602));
        assertThat(h.state()).isEqualTo(HandoffState.CHANNEL_ASSIGNED);
    }

    @Test
    void a_resubmission_while_the_agency_is_down_is_retried_and_stays_lost() {
        Handoff h = submitted();
        h.lost("VNACCS answered 404", T0.plusSeconds(600), true);

        h.submissionFailed("VNACCS answered 503", T0.plusSeconds(601), RETRY);

        assertThat(h.state()).isEqualTo(HandoffState.LOST);
        assertThat(h.isDue(T0.plusSeconds(601))).isFalse();
        assertThat(h.isDue(T0.plusSeconds(700))).isTrue();
    }

    @Test
    void lost_again_after_the_one_resubmission_it_is_escalated_and_not_sent_again() {
        Handoff h = submitted();
        h.lost("VNACCS answered 404", T0.plusSeconds(600), true);
        h.submitted(NEW_REF, T0.plusSeconds(601));

        List<GateEvent> events = eventsOf(h, () -> h.lost("VNACCS answered 404 again", T0.plusSeconds(900), true));

        assertThat(h.state()).isEqualTo(HandoffState.ESCALATED);
        assertThat(h.isDue(T0.plusSeconds(10_000))).isFalse();
        assertThat(h.followup().escalatedAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(events).containsExactly(new HandoffOverdue(EventMother.DECLARATION_ID, 1, "VNACCS", NEW_REF, "LOST",
                "ESCALATED", "VNACCS answered 404 again", T0.plusSeconds(900)));
        assertThat(eventsOf(h, () -> h.lost("and again", T0.plusSeconds(1000), true))).isEmpty();
    }

    @Test
    void a_system_that_takes_no_resubmission_escalates_at_once() {
        Handoff h = submitted();

        h.lost("VNACCS answered 404", T0.plusSeconds(600), false);

        assertThat(h.state()).isEqualTo(HandoffState.ESCALATED);
        assertThat(h.followup().resubmissions()).isZero();
    }

    @Test
    void no_answer_within_the_deadline_makes_it_overdue_since_the_deadline_passed() {
        Handoff h = submitted();
        h.apply(channel("m1", CustomsChannel.YELLOW, T0.plusSeconds(10)), T0.plusSeconds(10));
        Instant passed = T0.plusSeconds(10).plus(DEADLINE.within());

        assertThat(eventsOf(h, () -> h.checkDeadline(DEADLINE, passed.minusSeconds(1), true))).isEmpty();
        List<GateEvent> events = eventsOf(h, () -> h.checkDeadline(DEADLINE, passed.plusSeconds(30), true));

        assertThat(h.state()).isEqualTo(HandoffState.OVERDUE);
        assertThat(DEADLINE.overdueSince(h, passed.plusSeconds(30))).contains(passed);
        assertThat(events).singleElement().isInstanceOfSatisfying(HandoffOverdue.class, e -> {
            assertThat(e.situation()).isEqualTo("OVERDUE");
            assertThat(e.action()).isEqualTo("RESUBMITTED");
            assertThat(e.since()).isEqualTo(passed);
        });
    }

    @Test
    void an_overdue_handoff_accepted_again_under_its_reference_keeps_what_it_heard() {
        Handoff h = submitted();
        h.apply(channel("m1", CustomsChannel.GREEN, T0.plusSeconds(10)), T0.plusSeconds(10));
        Instant late = T0.plus(Duration.ofHours(3));
        h.checkDeadline(DEADLINE, late, true);

        h.submitted(REF, late.plusSeconds(1));

        assertThat(h.state()).isEqualTo(HandoffState.CHANNEL_ASSIGNED);
        assertThat(DEADLINE.overdueSince(h, late.plusSeconds(2))).isEmpty();
    }

    @Test
    void a_late_answer_to_an_escalated_handoff_is_still_applied() {
        Handoff h = submitted();
        h.apply(channel("m1", CustomsChannel.GREEN, T0.plusSeconds(10)), T0.plusSeconds(10));
        h.lost("gone", T0.plusSeconds(600), false);

        List<GateEvent> events = eventsOf(h, () -> h.apply(release("m2", T0.plusSeconds(700)), T0.plusSeconds(700)));

        assertThat(h.state()).isEqualTo(HandoffState.RELEASED);
        assertThat(events).singleElement().isInstanceOf(CustomsReleased.class);
    }

    @Test
    void only_handoffs_awaiting_answers_lapse() {
        Handoff pending = HandoffTest.pending();
        pending.lost("404", T0.plusSeconds(5), true);
        pending.checkDeadline(DEADLINE, T0.plus(Duration.ofDays(1)), true);
        assertThat(pending.state()).isEqualTo(HandoffState.PENDING);
        assertThat(DEADLINE.overdueSince(pending, T0.plus(Duration.ofDays(1)))).contains(T0.plus(DEADLINE.within()));

        Handoff released = submitted();
        released.apply(channel("m1", CustomsChannel.GREEN, T0.plusSeconds(10)), T0.plusSeconds(10));
        released.apply(release("m2", T0.plusSeconds(20)), T0.plusSeconds(20));
        released.lost("404", T0.plusSeconds(30), true);
        assertThat(released.state()).isEqualTo(HandoffState.RELEASED);
        assertThat(DEADLINE.overdueSince(released, T0.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void a_border_check_lapses_without_an_event_about_a_declaration() {
        Handoff h = Handoff.borderCheck(UUID.randomUUID(), EventMother.BOOKING_CODE, "24C12345", "{}", T0);
        h.submitted("BG-1", T0.plusSeconds(1));

        assertThat(eventsOf(h, () -> h.lost("404", T0.plusSeconds(5), true))).isEmpty();
        assertThat(h.state()).isEqualTo(HandoffState.LOST);
    }
}
