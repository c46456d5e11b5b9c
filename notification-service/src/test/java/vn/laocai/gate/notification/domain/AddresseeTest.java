package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which notice for which event, and to whom. */
class AddresseeTest {

    @Test
    void a_booking_of_older_events_without_an_account_waits_in_the_inbox_of_the_party_in_the_language_of_the_nationality() {
        KnownBooking booking = new KnownBooking("KT2-7XK4P9", "云G·12345", "IMPORT", Instant.now());
        booking.driverAndWindow("Wang Wei", "CN", "e 1234567", Instant.now(), Instant.now(), Instant.now());
        Addressee to = Addressee.of(NoticeKind.CALLED_FORWARD, Addressee.driverParty(booking), Optional.empty(),
                Languages.forNationality(booking.driverNationality()), null);
        assertThat(to).isEqualTo(new Addressee("driver:E1234567", Language.ZH, Set.of(Channel.INBOX), Map.of()));
        assertThat(Languages.forNationality("VN")).isEqualTo(Language.VI);
        assertThat(Languages.forNationality("LA")).isEqualTo(Language.EN);
    }

    @Test
    void a_booking_with_an_owner_account_is_addressed_to_that_account_whatever_document_older_events_named() {
        KnownBooking booking = new KnownBooking("KT2-7XK4P9", "云G12345", "IMPORT", Instant.now());
        booking.driverAndWindow("Wang Wei", "CN", "E1234567", Instant.now(), Instant.now(), Instant.now());
        booking.ownedBy("driver-wang");
        assertThat(Addressee.driverParty(booking)).isEqualTo("driver-wang");
        booking.ownedBy(null);
        assertThat(booking.ownerAccount()).isEqualTo("driver-wang");
        booking.writtenAndReachable("云G·12345", "+86 138 1234 5678");
        assertThat(booking.plate()).isEqualTo("云G·12345");
        assertThat(booking.contactPhone()).isEqualTo("+8613812345678");
    }

    @Test
    void a_notice_the_law_requires_goes_to_the_phone_given_with_the_booking_and_no_other_does() {
        Addressee required = Addressee.of(NoticeKind.CALLED_FORWARD, "driver-an", Optional.empty(), Language.VI, "+84912345678");
        assertThat(required.channels()).containsExactlyInAnyOrder(Channel.INBOX, Channel.SMS);
        assertThat(required.address(Channel.SMS)).contains("+84912345678");
        Addressee optional = Addressee.of(NoticeKind.SLOT_REMINDER, "driver-an", Optional.empty(), Language.VI, "+84912345678");
        assertThat(optional.channels()).containsExactly(Channel.INBOX);

        Preferences an = new Preferences("driver-an");
        an.choose(new Preferences.Choice(List.of(Channel.EMAIL), null, "an@example.vn", Language.EN, true), Instant.now());
        Addressee optedOut = Addressee.of(NoticeKind.BOOKING_CANCELLED, "driver-an", Optional.of(an), Language.VI, "+84912345678");
        assertThat(optedOut.language()).isEqualTo(Language.EN);
        assertThat(optedOut.channels()).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL, Channel.SMS);
        assertThat(optedOut.address(Channel.SMS)).contains("+84912345678");
    }

    @Test
    void the_account_s_own_phone_wins_over_the_booking_s_so_one_sms_goes_out() {
        Preferences an = new Preferences("driver-an");
        an.choose(new Preferences.Choice(List.of(Channel.SMS), "+84 987 654 321", null, Language.VI, false), Instant.now());
        Addressee to = Addressee.of(NoticeKind.CALLED_FORWARD, "driver-an", Optional.of(an), Language.VI, "+84912345678");
        assertThat(to.address(Channel.SMS)).contains("+84987654321");
    }

    @Test
    void a_trader_is_the_account_that_declared_and_an_older_declaration_waits_for_the_enterprise() {
        KnownDeclaration declared = new KnownDeclaration("d-1", "5300123456", "Cong ty", "10500012345", "trader-lan", Instant.now());
        assertThat(Addressee.traderParty(declared)).isEqualTo("trader-lan");
        declared.update("5300123456", "Cong ty", "10500012345", "someone-else", Instant.now());
        assertThat(declared.ownerAccount()).isEqualTo("trader-lan");
        KnownDeclaration older = new KnownDeclaration("d-2", "5300123456", "Cong ty", "10500012346", null, Instant.now());
        assertThat(Addressee.traderParty(older)).isEqualTo("trader:5300123456");
    }

    @Test
    void each_account_is_written_to_in_its_language_on_its_channels() {
        Preferences ming = new Preferences("broker-ming");
        ming.choose(new Preferences.Choice(List.of(Channel.EMAIL), null, "ming@example.cn", Language.ZH, true), Instant.now());
        Addressee to = Addressee.of(NoticeKind.FEE_DUE, "broker-ming", Optional.of(ming), Language.VI, null);
        assertThat(to.language()).isEqualTo(Language.ZH);
        assertThat(to.channels()).containsExactly(Channel.INBOX);
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
