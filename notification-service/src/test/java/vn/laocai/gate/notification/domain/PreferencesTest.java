package vn.laocai.gate.notification.domain;

import vn.laocai.gate.support.i18n.Language;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.InvalidValueException;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person may choose, and what reaches them once they opted out. */
class PreferencesTest {

    static Preferences with(List<Channel> channels, String phone, String email, boolean optOut) {
        Preferences p = new Preferences("driver-an");
        p.choose(new Preferences.Choice(channels, phone, email, Language.VI, optOut), Instant.now());
        return p;
    }

    @Test
    void the_inbox_is_always_on_and_the_phone_is_kept_in_e164() {
        Preferences p = with(List.of(Channel.SMS), "+84 912 345 678", null, false);
        assertThat(p.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.INBOX);
        assertThat(p.phone()).isEqualTo("+84912345678");
    }

    @Test
    void an_opted_out_person_gets_only_what_the_law_requires_on_their_channels() {
        Preferences p = with(List.of(Channel.SMS, Channel.EMAIL), "+8613812345678", "wang@example.cn", true);
        assertThat(p.channelsFor(NoticeKind.SLOT_REMINDER)).containsExactly(Channel.INBOX);
        assertThat(p.channelsFor(NoticeKind.FEE_DUE)).containsExactly(Channel.INBOX);
        assertThat(p.channelsFor(NoticeKind.CALLED_FORWARD)).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL, Channel.INBOX);
        assertThat(p.channelsFor(NoticeKind.BOOKING_CANCELLED)).contains(Channel.SMS);
        assertThat(p.channelsFor(NoticeKind.CONSIGNMENT_REJECTED)).contains(Channel.SMS);
        assertThat(p.channelsFor(NoticeKind.DECLARATION_REJECTED)).contains(Channel.SMS);
    }

    @Test
    void the_required_notices_are_call_forward_cancellation_and_rejection() {
        assertThat(Set.of(NoticeKind.values())).filteredOn(NoticeKind::required).containsExactlyInAnyOrder(NoticeKind.CALLED_FORWARD,
                NoticeKind.BOOKING_CANCELLED, NoticeKind.BOOKING_CANCELLED_BY_CLOSURE, NoticeKind.CONSIGNMENT_REJECTED,
                NoticeKind.DECLARATION_REJECTED);
    }

    @Test
    void bad_values_are_refused_naming_their_field() {
        assertThatThrownBy(() -> with(List.of(Channel.SMS), null, null, false))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("phone");
        assertThatThrownBy(() -> with(List.of(), "+1 555 0100", null, false))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("phone");
        assertThatThrownBy(() -> with(List.of(Channel.EMAIL), null, null, false))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("email");
        assertThatThrownBy(() -> with(List.of(), null, "not-an-address", false))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("email");
        assertThatThrownBy(() -> Languages.of("language", "fr")).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("language");
    }
}
