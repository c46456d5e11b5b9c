package vn.laocai.gate.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which notice for which event, and to whom. */
class AddresseeTest {

    @Test
    void an_unclaimed_driver_gets_the_inbox_of_the_party_in_the_language_of_the_nationality() {
        KnownBooking booking = new KnownBooking("KT2-7XK4P9", "云G·12345", "IMPORT", Instant.now());
        booking.driverAndWindow("Wang Wei", "CN", "e 1234567", Instant.now(), Instant.now(), Instant.now());
        List<Addressee> to = Addressee.of(NoticeKind.CALLED_FORWARD, Addressee.driverParty(booking), List.of(),
                Language.forNationality(booking.driverNationality()));
        assertThat(to).containsExactly(new Addressee("driver:E1234567", Language.ZH, java.util.Set.of(Channel.INBOX), Map.of()));
        assertThat(Language.forNationality("VN")).isEqualTo(Language.VI);
        assertThat(Language.forNationality("LA")).isEqualTo(Language.EN);
    }

    @Test
    void a_booking_with_an_owner_account_is_addressed_to_that_account_whatever_document_older_events_named() {
        KnownBooking booking = new KnownBooking("KT2-7XK4P9", "云G·12345", "IMPORT", Instant.now());
        booking.driverAndWindow("Wang Wei", "CN", null, Instant.now(), Instant.now(), Instant.now());
        booking.ownedBy("driver-wang");
        assertThat(Addressee.driverParty(booking)).isEqualTo("driver-wang");
        booking.ownedBy(null);
        assertThat(booking.ownerAccount()).isEqualTo("driver-wang");
    }

    @Test
    void each_claimant_is_written_to_in_their_language_on_their_channels() {
        Preferences lan = new Preferences("trader-lan");
        lan.choose(new Preferences.Choice(List.of(Channel.SMS), "+84912345678", null, Language.VI, false, null, List.of("5300123456")),
                Instant.now());
        Preferences ming = new Preferences("broker-ming");
        ming.choose(new Preferences.Choice(List.of(Channel.EMAIL), null, "ming@example.cn", Language.ZH, true, null,
                List.of("5300123456")), Instant.now());
        List<Addressee> to = Addressee.of(NoticeKind.FEE_DUE, Addressee.traderParty("5300123456"), List.of(lan, ming), Language.VI);
        assertThat(to).extracting(Addressee::recipient, Addressee::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple("trader-lan", Language.VI), org.assertj.core.groups.Tuple.tuple("broker-ming", Language.ZH));
        assertThat(to.get(0).address(Channel.SMS)).contains("+84912345678");
        assertThat(to.get(1).channels()).containsExactly(Channel.INBOX);
    }

    @Test
    void a_closure_gives_cancellations_and_moves_notices_of_their_own() {
        assertThat(NoticeKind.ofCancellation("GATE_CLOSURE")).isEqualTo(NoticeKind.BOOKING_CANCELLED_BY_CLOSURE);
        assertThat(NoticeKind.ofCancellation("NO_SHOW")).isEqualTo(NoticeKind.BOOKING_CANCELLED);
        assertThat(NoticeKind.ofAmendment("Gate closure (FLOOD): moved to the slot of 2026-06-16T01:00:00Z"))
                .isEqualTo(NoticeKind.BOOKING_MOVED_BY_CLOSURE);
        assertThat(NoticeKind.ofAmendment("Driver changed after a breakdown")).isEqualTo(NoticeKind.BOOKING_MOVED);
        assertThat(NoticeKind.ofAmendment(null)).isEqualTo(NoticeKind.BOOKING_MOVED);
    }

    @Test
    void a_closure_concerns_the_vehicles_in_the_yard_and_the_windows_inside_it() {
        Instant from = Instant.parse("2026-06-15T00:00:00Z");
        Instant until = Instant.parse("2026-06-16T00:00:00Z");
        KnownBooking inside = new KnownBooking("KT2-AAAAAA", "24C-123.45", "EXPORT", from);
        inside.driverAndWindow("An", "VN", "C1234567", from.plusSeconds(3600), from.plusSeconds(7200), from);
        KnownBooking after = new KnownBooking("KT2-BBBBBB", "24C-123.46", "EXPORT", from);
        after.driverAndWindow("Binh", "VN", "C1234568", until.plusSeconds(3600), until.plusSeconds(7200), from);
        KnownBooking otherWay = new KnownBooking("KT2-CCCCCC", "24C-123.47", "IMPORT", from);
        otherWay.driverAndWindow("Cuong", "VN", "C1234569", from.plusSeconds(3600), from.plusSeconds(7200), from);
        assertThat(inside.hitBy(List.of("EXPORT"), from, until)).isTrue();
        assertThat(after.hitBy(List.of("EXPORT"), from, until)).isFalse();
        assertThat(otherWay.hitBy(List.of("EXPORT"), from, until)).isFalse();
        after.status(KnownBooking.IN_YARD, from);
        assertThat(after.hitBy(List.of("EXPORT"), from, until)).isTrue();
    }

    @Test
    void a_booking_is_reminded_once_per_window_within_the_lead() {
        Instant now = Instant.parse("2026-06-15T05:00:00Z");
        KnownBooking booking = new KnownBooking("KT2-AAAAAA", "24C-123.45", "EXPORT", now);
        booking.driverAndWindow("An", "VN", "C1234567", now.plusSeconds(3 * 3600), now.plusSeconds(4 * 3600), now);
        java.time.Duration lead = java.time.Duration.ofHours(2);
        assertThat(booking.reminderDue(lead, now)).isFalse();
        assertThat(booking.reminderDue(lead, now.plusSeconds(3600))).isTrue();
        booking.reminded();
        assertThat(booking.reminderDue(lead, now.plusSeconds(3700))).isFalse();
        booking.driverAndWindow("An", "VN", "C1234567", now.plusSeconds(5 * 3600), now.plusSeconds(6 * 3600), now);
        assertThat(booking.reminderDue(lead, now.plusSeconds(4 * 3600))).isTrue();
        booking.status(KnownBooking.IN_YARD, now);
        assertThat(booking.reminderDue(lead, now.plusSeconds(4 * 3600))).isFalse();
    }
}
