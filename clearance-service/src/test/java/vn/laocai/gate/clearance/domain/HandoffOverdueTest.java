package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.clearance.domain.DeclarationTest.at;

/** A handoff the agency lost or left unanswered shows on the case: waiting, on the timeline, held when escalated. */
class HandoffOverdueTest {

    @Test
    void a_resubmitted_handoff_shows_the_consignment_waiting_overdue_since_then() {
        Declaration d = CaseMother.durianComplete();

        d.answer(new AgencyAnswer.HandoffOverdue(1, "VNACCS", "LOST", "RESUBMITTED", "VNACCS answered 404", at(600)));

        assertThat(d.clearance().waitingFor()).isEqualTo("VNACCS");
        assertThat(d.clearance().waitingSince()).isEqualTo(at(600));
        assertThat(d.timeline()).anySatisfy(e -> {
            assertThat(e.step()).isEqualTo("HANDOFF_LOST");
            assertThat(e.detail()).contains("Waiting for VNACCS: overdue since " + at(600)).contains("sent again");
        });
        assertThat(d.clearance().openHolds()).isEmpty();
    }

    @Test
    void an_escalated_handoff_holds_the_step_with_the_reason_until_an_officer_lifts_it() {
        Declaration d = CaseMother.durianComplete();

        d.answer(new AgencyAnswer.HandoffOverdue(1, "VNACCS", "OVERDUE", "ESCALATED", "no answer since 01:10", at(900)));

        assertThat(d.clearance().openHolds()).singleElement().satisfies(h -> {
            assertThat(h.step()).isEqualTo(ClearanceStep.CUSTOMS.name());
            assertThat(h.reason()).contains("escalated to the customs officers").contains("no answer since 01:10");
            assertThat(h.byAgencySystem()).isTrue();
        });
        assertThat(d.clearance().readyForGate()).isFalse();
    }

    @Test
    void an_older_version_changes_nothing() {
        Declaration d = CaseMother.durianComplete();
        d.amend(CaseMother.data("EXPORT", "CN", java.util.List.of("KT2-AAAAAA"), java.util.List.of(CaseMother.durian(1),
                CaseMother.durian(2))), CaseMother.linked(java.util.List.of("KT2-AAAAAA")), CaseMother.POLICY, "trader-lan",
                at(60));

        d.answer(new AgencyAnswer.HandoffOverdue(1, "VNACCS", "LOST", "ESCALATED", "VNACCS answered 404", at(900)));

        assertThat(d.clearance().openHolds()).isEmpty();
        assertThat(d.clearance().waitingFor()).isNull();
    }
}
