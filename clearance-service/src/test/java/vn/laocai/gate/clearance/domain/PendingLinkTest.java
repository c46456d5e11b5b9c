package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laocai.gate.clearance.domain.BookingLinksTest.of;
import static vn.laocai.gate.clearance.domain.CaseMother.BOOKING;
import static vn.laocai.gate.clearance.domain.CaseMother.POLICY;
import static vn.laocai.gate.clearance.domain.CaseMother.T0;
import static vn.laocai.gate.clearance.domain.CaseMother.document;
import static vn.laocai.gate.clearance.domain.CaseMother.durian;
import static vn.laocai.gate.clearance.domain.CaseMother.durianExport;

/** A declaration naming a booking clearance has not heard of yet waits for it, not ready for the gate, and settles when it comes. */
class PendingLinkTest {

    static final String CODE = "7KQ2-M9XD";
    static final Duration WAIT = Duration.ofHours(2);

    final Map<String, LinkConsent.Standing> known = new HashMap<>();

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    LinkConsent.Standing standing(String code) {
        return known.getOrDefault(code, new LinkConsent.Standing(Optional.empty(), Optional.empty()));
    }

    void heard(String code, Direction direction, String consentId, String shareCode) {
        KnownBooking booking = new KnownBooking(code, "24C12345", direction, "TRUCK", "UNDER_2T");
        known.put(code, LinkConsent.Standing.of(Optional.of(booking),
                List.of(BookingConsent.given(consentId, code, LinkConsent.hash(code, shareCode), at(5)))));
    }

    /** The durian export on a booking not heard of, every document attached, the customs channel assigned: all it lacks is the link. */
    Declaration pendingButOtherwiseReady() {
        DeclarationData data = durianExport();
        Declaration d = Declaration.submit(UUID.randomUUID(), "trader-lan", data,
                LinkConsent.link(data, List.of(CODE), this::standing, List.of(), T0), POLICY, T0);
        CaseMother.FRUIT_DOCUMENTS_BUT_PHYTO.forEach(t -> d.attachDocument(document(t, t.name() + "-1"), at(10)));
        d.attachDocument(document(DocumentType.PHYTOSANITARY_CERTIFICATE, "VN-PHYTO-1"), at(20));
        d.answer(new AgencyAnswer.ChannelAssigned(d.customsVersion(), "GREEN", "VNACCS-1", at(30)));
        return d;
    }

    @Test
    void a_pending_link_holds_the_consignment_off_the_gate_and_an_officer_cannot_lift_that() {
        Declaration d = pendingButOtherwiseReady();

        assertThat(d.links()).extracting(BookingLink::state).containsExactly(BookingLink.State.PENDING);
        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(d.blockingStep()).contains(Hold.BOOKING_LINK_PENDING);
        Hold hold = d.clearance().openHolds().get(0);
        assertThat(hold.reason()).isEqualTo("Waiting to hear of booking(s) " + BOOKING + " from the queue to check the driver's consent");
        assertThat(of(d.drainEvents(), ConsignmentReadyForGate.class)).isEmpty();
        assertThatThrownBy(() -> d.lift(hold.number(), "hq-1", at(40)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("booking-link-pending"));
    }

    @Test
    void the_booking_and_its_consent_heard_of_link_it_charge_its_vehicle_and_make_the_consignment_ready() {
        Declaration d = pendingButOtherwiseReady();
        long feeBefore = d.fee().amountVnd();
        d.drainEvents();

        assertThat(d.bookingHeard(BOOKING, this::standing, POLICY, at(60))).as("nothing heard yet").isFalse();
        heard(BOOKING, Direction.EXPORT, "c-1", CODE);
        assertThat(d.bookingHeard(BOOKING, this::standing, POLICY, at(60))).isTrue();

        assertThat(d.links()).singleElement().satisfies(l -> {
            assertThat(l.state()).isEqualTo(BookingLink.State.LINKED);
            assertThat(l.consentId()).isEqualTo("c-1");
        });
        assertThat(d.clearance().openHolds()).isEmpty();
        assertThat(d.clearance().readyForGate()).isTrue();
        assertThat(d.timeline()).extracting(TimelineEntry::step).contains("BOOKING_LINKED", "HOLD_LIFTED", "READY_FOR_GATE");
        List<GateEvent> events = d.drainEvents();
        assertThat(of(events, ConsignmentHoldLifted.class)).singleElement()
                .satisfies(e -> assertThat(e.step()).isEqualTo(Hold.BOOKING_LINK_PENDING));
        assertThat(of(events, ConsignmentReadyForGate.class)).singleElement()
                .satisfies(e -> assertThat(e.bookingCodes()).containsExactly(BOOKING));
        assertThat(feeBefore).as("an unknown vehicle is charged as one over 10 t").isEqualTo(500_000);
        assertThat(d.fee().amountVnd()).as("the truck under 2 t heard of").isEqualTo(100_000);
        assertThat(of(events, FeeAssessed.class)).hasSize(1);

        assertThat(d.bookingHeard(BOOKING, this::standing, POLICY, at(70))).as("once").isFalse();
        assertThat(d.drainEvents()).isEmpty();
    }

    @Test
    void a_consent_that_does_not_match_ends_the_link_visibly_and_an_amendment_naming_another_booking_restores_the_path() {
        Declaration d = pendingButOtherwiseReady();
        d.drainEvents();
        heard(BOOKING, Direction.EXPORT, "c-1", "AAAA-BBBB");

        assertThat(d.bookingHeard(BOOKING, this::standing, POLICY, at(60))).isTrue();

        assertThat(d.links()).singleElement().satisfies(l -> {
            assertThat(l.state()).isEqualTo(BookingLink.State.REFUSED);
            assertThat(l.refusalRule()).isEqualTo(LinkConsent.RULE);
        });
        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(d.clearance().openHolds()).singleElement().satisfies(h -> {
            assertThat(h.step()).isEqualTo(Hold.BOOKING_LINK_REFUSED);
            assertThat(h.reason()).startsWith("bookingCodes[0]: the driver's consent is needed");
        });
        assertThat(d.timeline()).extracting(TimelineEntry::step).contains("BOOKING_LINK_REFUSED");
        assertThat(of(d.drainEvents(), ConsignmentHeld.class)).as("it was not ready: nothing to tell the queue").isEmpty();

        String other = "KT2-BBBBBB";
        heard(other, Direction.EXPORT, "c-2", CODE);
        DeclarationData data = CaseMother.data("EXPORT", "CN", List.of(other), List.of(durian(1)));
        d.amend(data, LinkConsent.link(data, List.of(CODE), this::standing, d.links(), at(100)), POLICY, "trader-lan", at(100));

        assertThat(d.links()).extracting(BookingLink::state).containsExactly(BookingLink.State.LINKED);
        assertThat(d.clearance().openHolds()).isEmpty();
    }

    @Test
    void a_booking_not_heard_of_within_the_wait_is_refused_and_the_trader_may_name_it_again_with_its_code() {
        Declaration d = pendingButOtherwiseReady();
        d.drainEvents();

        assertThat(d.pendingLinksExpired(WAIT, T0.plus(WAIT).minusSeconds(1))).isFalse();
        assertThat(d.pendingLinksExpired(WAIT, T0.plus(WAIT))).isTrue();

        assertThat(d.links()).singleElement().satisfies(l -> assertThat(l.refusalRule()).isEqualTo(LinkConsent.NOT_HEARD));
        assertThat(d.clearance().openHolds()).extracting(Hold::step).containsExactly(Hold.BOOKING_LINK_REFUSED);
        assertThat(d.pendingLinksExpired(WAIT, T0.plus(WAIT).plusSeconds(60))).as("once").isFalse();

        DeclarationData data = durianExport();
        d.amend(data, LinkConsent.link(data, List.of(CODE), this::standing, d.links(), at(8000)), POLICY, "trader-lan", at(8000));
        assertThat(d.links()).extracting(BookingLink::state).containsExactly(BookingLink.State.PENDING);
        assertThat(d.clearance().openHolds()).extracting(Hold::step).containsExactly(Hold.BOOKING_LINK_PENDING);
    }

    @Test
    void a_ready_consignment_amended_onto_a_booking_not_heard_of_tells_the_queue_it_is_held() {
        heard(BOOKING, Direction.EXPORT, "c-1", CODE);
        Declaration d = pendingButOtherwiseReady();
        assertThat(d.clearance().readyForGate()).isTrue();
        d.drainEvents();

        String unheard = "KT2-CCCCCC";
        DeclarationData data = CaseMother.data("EXPORT", "CN", List.of(BOOKING, unheard), List.of(durian(1)));
        d.amend(data, LinkConsent.link(data, List.of(CODE, CODE), this::standing, d.links(), at(100)), POLICY, "trader-lan", at(100));

        assertThat(d.clearance().readyForGate()).isFalse();
        assertThat(of(d.drainEvents(), ConsignmentHeld.class)).singleElement()
                .satisfies(e -> assertThat(e.step()).isEqualTo(Hold.BOOKING_LINK_PENDING));
    }
}
