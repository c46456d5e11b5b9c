package vn.laocai.gate.queue.security;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HMAC tokens of the QR codes of the previous release, still checked until they expire. */
class HmacQrTokenTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");

    @Test
    void qr_tokens_are_signed_bound_to_their_booking_and_expire() {
        HmacQrToken tokens = new HmacQrToken("a-secret-of-at-least-thirty-two-characters");
        String token = tokens.sign("KT2-7XK4P9", NOW.plusSeconds(3600));
        assertThat(tokens.verify(token, NOW).bookingCode()).isEqualTo("KT2-7XK4P9");
        assertThatThrownBy(() -> tokens.verify(token.replace("KT2-7XK4P9", "KT2-7XK4P8"), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("qrToken"));
        assertThatThrownBy(() -> new HmacQrToken("another-secret-of-thirty-two-characters!").verify(token, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("invalid-qr"));
        assertThatThrownBy(() -> tokens.verify(token, NOW.plusSeconds(3601)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("expired-qr"));
        assertThatThrownBy(() -> tokens.verify("KT2-7XK4P9", NOW)).isInstanceOf(RuleViolation.class);
    }
}
