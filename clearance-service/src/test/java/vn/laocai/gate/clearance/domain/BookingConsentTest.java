package vn.laocai.gate.clearance.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.clearance.domain.CaseMother.BOOKING;
import static vn.laocai.gate.clearance.domain.CaseMother.T0;

class BookingConsentTest {

    static final String HASH = "a".repeat(64);

    static BookingConsent given(String id, int at) {
        return BookingConsent.given(id, BOOKING, HASH, T0.plusSeconds(at));
    }

    @Test
    void the_consent_given_last_stands() {
        BookingConsent x = given("x", 0);
        BookingConsent y = given("y", 60);

        assertThat(BookingConsent.current(List.of(x, y))).contains(y);
        assertThat(BookingConsent.current(List.of(y, x))).contains(y);
        assertThat(BookingConsent.current(List.of())).isEmpty();
    }

    @Test
    void a_withdrawal_of_the_older_consent_read_after_the_newer_one_leaves_the_newer() {
        BookingConsent x = given("x", 0);
        BookingConsent y = given("y", 60);
        x.withdraw(T0.plusSeconds(120));

        assertThat(BookingConsent.current(List.of(x, y))).contains(y);
    }

    @Test
    void a_withdrawn_current_consent_leaves_none_and_the_older_does_not_come_back() {
        BookingConsent x = given("x", 0);
        BookingConsent y = given("y", 60);
        y.withdraw(T0.plusSeconds(120));

        assertThat(BookingConsent.current(List.of(x, y))).isEmpty();
    }

    @Test
    void a_withdrawal_read_before_its_consent_keeps_the_consent_withdrawn() {
        BookingConsent x = BookingConsent.withdrawn("x", BOOKING, T0.plusSeconds(120));
        assertThat(BookingConsent.current(List.of(x))).isEmpty();

        x.give(HASH.toUpperCase(), T0);
        assertThat(BookingConsent.current(List.of(x))).isEmpty();
        assertThat(x.shareCodeHash()).isEqualTo(HASH);
    }

    @Test
    void a_consent_given_after_a_withdrawn_one_stands() {
        BookingConsent x = given("x", 0);
        x.withdraw(T0.plusSeconds(30));
        BookingConsent y = given("y", 60);

        assertThat(BookingConsent.current(List.of(x, y))).contains(y);
    }
}
