package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.GateEvent;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laocai.gate.clearance.domain.CaseMother.BOOKING;
import static vn.laocai.gate.clearance.domain.CaseMother.CONSENT;
import static vn.laocai.gate.clearance.domain.CaseMother.T0;
import static vn.laocai.gate.clearance.domain.CaseMother.durian;
import static vn.laocai.gate.clearance.domain.CaseMother.durianComplete;
import static vn.laocai.gate.clearance.domain.CaseMother.durianExport;
import static vn.laocai.gate.clearance.domain.CaseMother.submitted;

/** A withdrawn consent undoes the links made under it; an amendment naming another booking restores the normal path. */
class BookingLinksTest {

    static final String OTHER = "KT2-BBBBBB";

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static <T extends GateEvent> List<T> of(List<GateEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Declaration ready(List<String> bookings) {
        Declaration d = durianComplete();
        if (!bookings.equals(List.of(BOOKING))) {
            d.amend(CaseMother.data("EXPORT", "CN", bookings, List.of(durian(1))), CaseMother.linked(bookings), CaseMother.POLICY,
                    "trader-lan", at(30));
        }
        d.answer(new AgencyAnswer.ChannelAssigned(d.customsVersion(), "GREEN", "VNACCS-1", at(50)));
        assertThat(d.clearance().readyForGate()).isTrue();
        d.drainEvents();
        return d;
    }

    @Test
    void a_declaration_names_the_consent_of_each_booking() {
        Declaration d = submitted(CaseMother.data("EXPORT", "CN", List.of(BOOKING, OTHER), List.of(durian(1))));

        assertThat(of(d.drainEvents(), DeclarationSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.consentIds()).containsExactly(CONSENT, CONSENT));
        assertThat(d.links()).extracting(BookingLink::bookingCode).containsExactly(BOOKING, OTHER);
    }

    @Test
    void a_withdrawn_consent_undoes_the_link_holds_the_consignment_and_tells_the_queue_of_that_vehicle() {
        Declaration d = ready(List.of(BOOKING, OTHER));

        assertThat(d.bookingConsentWithdrawn(OTHER, CONSENT, at(100))).isPresent();

        assertThat(d.links()).filteredOn(l -> l.bookingCode().equals(OTHER)).singleElement().satisfies(l -> {
            assertThat(l.state()).isEqualTo(BookingLink.State.CONSENT_WITHDRAWN);
            assertThat(l.undoneAt()).isEqualTo(at(100));
        });
        assertThat(d.links()).filteredOn(l -> l.bookingCode().equals(BOOKING)).extracting(BookingLink::state)
                .containsExactly(BookingLink.State.LINKED);
        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(d.clearance().openHolds()).singleElement().satisfies(h -> {
            assertThat(h.step()).isEqualTo(Hold.BOOKING_CONSENT);
            assertThat(h.reason()).isEqualTo("The driver withdrew consent to carry this consignment on " + OTHER
                    + "; name another booking");
        });
        assertThat(d.blockingStep()).contains("BOOKING_CONSENT_WITHDRAWN");
        assertThat(d.timeline()).extracting(TimelineEntry::step).contains("BOOKING_CONSENT_WITHDRAWN", "HOLD_PLACED");
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, ConsignmentHeld.class)).singleElement().satisfies(e -> {
            assertThat(e.bookingCodes()).containsExactly(OTHER);
            assertThat(e.step()).isEqualTo("BOOKING_CONSENT_WITHDRAWN");
        });
    }

    @Test
    void a_consignment_that_was_not_ready_is_held_without_telling_the_queue() {
        Declaration d = submitted(durianExport());
        d.drainEvents();

        assertThat(d.bookingConsentWithdrawn(BOOKING, CONSENT, at(100))).isPresent();

        assertThat(d.clearance().openHolds()).extracting(Hold::step).contains(Hold.BOOKING_CONSENT);
        assertThat(of(d.drainEvents(), ConsignmentHeld.class)).isEmpty();
    }

    @Test
    void another_consent_a_repeat_and_a_closed_case_change_nothing() {
        Declaration d = ready(List.of(BOOKING));

        assertThat(d.bookingConsentWithdrawn(BOOKING, "another-consent", at(100))).isEmpty();
        assertThat(d.bookingConsentWithdrawn(OTHER, CONSENT, at(100))).isEmpty();
        assertThat(d.clearance().readyForGate()).isTrue();
        assertThat(d.drainEvents()).isEmpty();

        d.bookingConsentWithdrawn(BOOKING, CONSENT, at(110));
        d.drainEvents();
        assertThat(d.bookingConsentWithdrawn(BOOKING, CONSENT, at(120))).isEmpty();
        assertThat(d.clearance().openHolds()).hasSize(1);

        Declaration rejected = ready(List.of(BOOKING));
        rejected.decide(ClearanceStep.PLANT_QUARANTINE, StepDecision.FAIL, "kd-1", "Fruit flies found", at(60));
        rejected.drainEvents();
        assertThat(rejected.bookingConsentWithdrawn(BOOKING, CONSENT, at(100))).isEmpty();
        assertThat(rejected.links()).extracting(BookingLink::state).containsExactly(BookingLink.State.LINKED);
    }

    @Test
    void an_amendment_naming_another_booking_restores_the_normal_path() {
        Declaration d = ready(List.of(BOOKING, OTHER));
        d.bookingConsentWithdrawn(OTHER, CONSENT, at(100));
        d.drainEvents();

        boolean changed = d.amend(CaseMother.data("EXPORT", "CN", List.of(BOOKING, "KT2-CCCCCC"), List.of(durian(1))),
                CaseMother.linked(List.of(BOOKING, "KT2-CCCCCC")), CaseMother.POLICY, "trader-lan", at(200));

        assertThat(changed).isTrue();
        assertThat(d.clearance().openHolds()).isEmpty();
        assertThat(d.clearance().readyForGate()).isTrue();
        assertThat(d.links()).extracting(BookingLink::bookingCode).containsExactly(BOOKING, "KT2-CCCCCC");
        assertThat(d.links()).extracting(BookingLink::state).containsOnly(BookingLink.State.LINKED);
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, ConsignmentHoldLifted.class)).singleElement()
                .satisfies(e -> assertThat(e.step()).isEqualTo("BOOKING_CONSENT_WITHDRAWN"));
        assertThat(of(events, ConsignmentReadyForGate.class)).singleElement()
                .satisfies(e -> assertThat(e.bookingCodes()).containsExactly(BOOKING, "KT2-CCCCCC"));
    }

    @Test
    void the_same_booking_linked_anew_under_a_new_consent_is_a_new_version() {
        Declaration d = ready(List.of(BOOKING));
        d.bookingConsentWithdrawn(BOOKING, CONSENT, at(100));
        d.drainEvents();
        int version = d.declarationVersion();

        LinkConsent.Linked relinked = new LinkConsent.Linked(List.of(CaseMother.truck(BOOKING)),
                List.of(BookingLink.linked(BOOKING, "consent-2", at(150))));
        assertThat(d.amend(durianExport(), relinked, CaseMother.POLICY, "trader-lan", at(200))).isTrue();

        assertThat(d.declarationVersion()).isEqualTo(version + 1);
        assertThat(d.clearance().openHolds()).isEmpty();
        assertThat(of(d.drainEvents(), DeclarationSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.consentIds()).containsExactly("consent-2"));
    }

    @Test
    void the_consent_hold_is_not_lifted_by_hand() {
        Declaration d = ready(List.of(BOOKING));
        Hold hold = d.bookingConsentWithdrawn(BOOKING, CONSENT, at(100)).orElseThrow();

        assertThat(hold.forBookings()).isTrue();
        assertThatThrownBy(() -> d.lift(hold.number(), "kd-1", at(110))).isInstanceOf(vn.laocai.gate.support.domain.RuleViolation.class);
    }
}
