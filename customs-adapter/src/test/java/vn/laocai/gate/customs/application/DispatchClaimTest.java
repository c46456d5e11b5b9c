package vn.laocai.gate.customs.application;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.customs.config.CustomsConfig;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A claim outlives every call begun under it, or the adapter does not start. */
class DispatchClaimTest {

    static CustomsConfig.Resilience resilience(Duration timeout, int retries, Duration retryDelay) {
        return new CustomsConfig.Resilience() {
            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public int retries() {
                return retries;
            }

            @Override
            public Duration retryDelay() {
                return retryDelay;
            }

            @Override
            public int breakerVolume() {
                return 10;
            }

            @Override
            public double breakerFailureRatio() {
                return 0.5;
            }

            @Override
            public Duration breakerDelay() {
                return Duration.ofSeconds(10);
            }
        };
    }

    @Test
    void the_longest_call_is_every_attempt_timing_out_with_the_longest_waits_between_them() {
        // 3 attempts of 5 s; waits of 200 ms and 400 ms, each with up to 100 ms of jitter
        assertThat(resilience(Duration.ofSeconds(5), 2, Duration.ofMillis(200)).longestCall())
                .isEqualTo(Duration.ofMillis(15_800));
        assertThat(resilience(Duration.ofSeconds(5), 0, Duration.ofMillis(200)).longestCall())
                .isEqualTo(Duration.ofSeconds(5));
        // the doubling stops at eight times the first wait
        assertThat(resilience(Duration.ofSeconds(1), 5, Duration.ofMillis(100)).longestCall())
                .isEqualTo(Duration.ofMillis(6_000 + 100 + 200 + 400 + 800 + 800 + 5 * 50));
    }

    @Test
    void a_claim_no_longer_than_the_longest_call_is_refused_at_start() {
        Duration longest = resilience(Duration.ofSeconds(5), 2, Duration.ofMillis(200)).longestCall();

        assertThatThrownBy(() -> HandoffDispatcher.requireClaimLongerThanCall(Duration.ofSeconds(5), longest))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gate.customs.dispatch.claim (PT5S)")
                .hasMessageContaining("PT15.8S");
        assertThatThrownBy(() -> HandoffDispatcher.requireClaimLongerThanCall(longest, longest))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> HandoffDispatcher.requireClaimLongerThanCall(Duration.ofSeconds(30), longest))
                .doesNotThrowAnyException();
    }
}
