package vn.laocai.gate.queue.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory guard against booking bots: requests per account in a sliding minute. */
class RequestRateLimitTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");

    @Test
    void the_rate_limit_counts_requests_per_account_in_a_sliding_minute() {
        RequestRateLimit limit = new RequestRateLimit(3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.attempt("bot", NOW.plusSeconds(i))).isEmpty();
        }
        assertThat(limit.attempt("bot", NOW.plusSeconds(10))).hasValue(Duration.ofSeconds(50));
        assertThat(limit.attempt("driver", NOW.plusSeconds(10))).isEmpty();
        assertThat(limit.attempt("bot", NOW.plusSeconds(61))).isEmpty();
    }
}
