package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartPolicyTest {

    static final RestartPolicy POLICY = RestartPolicy.DEFAULT;

    @Test
    void theWaitDoublesFromOneSecondUpToTheCapThenTheLauncherGivesUp() {
        RestartPolicy policy = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 6, Duration.ofMinutes(2));

        List<Optional<Duration>> waits = IntStream.rangeClosed(1, 7).mapToObj(policy::delayAfter).toList();

        assertThat(waits).containsExactly(Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ofSeconds(2)),
                Optional.of(Duration.ofSeconds(4)), Optional.of(Duration.ofSeconds(5)), Optional.of(Duration.ofSeconds(5)),
                Optional.of(Duration.ofSeconds(5)), Optional.empty());
    }

    @Test
    void theDefaultRestartsFiveTimesAtMostThirtySecondsApart() {
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(POLICY::delayAfter).map(d -> d.map(Duration::toSeconds).orElse(-1L)))
                .containsExactly(1L, 2L, 4L, 8L, 16L, -1L);
        assertThat(POLICY.delayAfter(5_000)).isEmpty();
        assertThat(new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 100, Duration.ofMinutes(2))
                .delayAfter(100)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aQuickFailureAddsToTheCountAndOneAfterAStableRunStartsItAgain() {
        assertThat(POLICY.failuresInARow(0, Duration.ofSeconds(3))).isEqualTo(1);
        assertThat(POLICY.failuresInARow(3, Duration.ofSeconds(119))).isEqualTo(4);
        assertThat(POLICY.failuresInARow(4, Duration.ofMinutes(2))).isEqualTo(1);
        assertThat(POLICY.failuresInARow(4, Duration.ofHours(5))).isEqualTo(1);
    }

    @Test
    void neverRestartsAndNonsenseIsRefused() {
        assertThat(RestartPolicy.NEVER.restarts()).isFalse();
        assertThat(RestartPolicy.NEVER.delayAfter(1)).isEmpty();
        assertThat(POLICY.restarts()).isTrue();
        assertThatThrownBy(() -> POLICY.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), 3, Duration.ZERO))
                .hasMessageContaining("shorter");
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), -1, Duration.ZERO))
                .hasMessageContaining("negative");
    }
}
