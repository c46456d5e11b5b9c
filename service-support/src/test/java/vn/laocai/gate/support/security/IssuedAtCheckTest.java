package vn.laocai.gate.support.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuedAtCheckTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:30:00Z");
    static final IssuedAtCheck CHECK = new IssuedAtCheck(Duration.ofSeconds(60));

    @Test
    void a_token_issued_now_or_earlier_is_accepted() {
        assertThat(CHECK.refusal(NOW.getEpochSecond(), NOW)).isEmpty();
        assertThat(CHECK.refusal(NOW.minus(Duration.ofHours(11)).getEpochSecond(), NOW)).isEmpty();
    }

    @Test
    void a_token_issued_within_the_clock_skew_ahead_is_accepted() {
        assertThat(CHECK.refusal(NOW.plusSeconds(60).getEpochSecond(), NOW)).isEmpty();
    }

    @Test
    void a_token_issued_beyond_the_clock_skew_ahead_is_refused() {
        assertThat(CHECK.refusal(NOW.plusSeconds(61).getEpochSecond(), NOW)).hasValueSatisfying(
                why -> assertThat(why).contains("issued in the future", "60 s"));
        assertThat(CHECK.refusal(NOW.plus(Duration.ofHours(1)).getEpochSecond(), NOW)).isPresent();
    }

    @Test
    void a_negative_skew_is_no_setting() {
        assertThatThrownBy(() -> new IssuedAtCheck(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
