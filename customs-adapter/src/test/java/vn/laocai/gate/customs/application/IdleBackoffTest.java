package vn.laocai.gate.customs.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IdleBackoffTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void runsEveryTickWhileWorkIsFound() {
        IdleBackoff backoff = new IdleBackoff(Duration.ofSeconds(5));
        assertThat(backoff.due(T0)).isTrue();
        backoff.ran(120, T0);
        assertThat(backoff.currentWait()).isZero();
        assertThat(backoff.due(T0.plusSeconds(1))).isTrue();
    }

    @Test
    void waitsTwiceAsLongAfterEachEmptyRunUpToTheLongest() {
        IdleBackoff backoff = new IdleBackoff(Duration.ofSeconds(5));
        Instant now = T0;
        backoff.ran(0, now);
        assertThat(backoff.currentWait()).isEqualTo(Duration.ofSeconds(1));
        backoff.ran(0, now);
        assertThat(backoff.currentWait()).isEqualTo(Duration.ofSeconds(2));
        backoff.ran(0, now);
        assertThat(backoff.currentWait()).isEqualTo(Duration.ofSeconds(4));
        backoff.ran(0, now);
        assertThat(backoff.currentWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.due(now.plusSeconds(3))).isFalse();
        assertThat(backoff.due(now.plusSeconds(5))).isTrue();
    }

    @Test
    void workFoundEndsTheWaitAtOnce() {
        IdleBackoff backoff = new IdleBackoff(Duration.ofSeconds(5));
        backoff.ran(0, T0);
        backoff.ran(0, T0);
        backoff.ran(3, T0.plusSeconds(2));
        assertThat(backoff.currentWait()).isZero();
        assertThat(backoff.due(T0.plusSeconds(2))).isTrue();
    }

    @Test
    void aTickALittleEarlyIsTaken() {
        IdleBackoff backoff = new IdleBackoff(Duration.ofSeconds(5));
        backoff.ran(0, T0);
        assertThat(backoff.due(T0.plusMillis(900))).isTrue();
        assertThat(backoff.due(T0.plusMillis(500))).isFalse();
    }
}
