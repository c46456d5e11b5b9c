package vn.laocai.gate.stack;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When the launcher starts a crashed application again: after {@code firstDelay}, doubling with
 * each quick failure in a row up to {@code maxDelay}, at most {@code maxQuickFailures} times in a
 * row: the next quick failure leaves it down. A failure is quick when the application ran less than {@code stableAfter};
 * one that ran longer starts the count again.
 *
 * @param firstDelay       the wait before the first restart
 * @param maxDelay         the longest wait between two restarts
 * @param maxQuickFailures restarts after quick failures in a row before the launcher gives up; 0 never restarts
 * @param stableAfter      how long an application must have run for its exit to count as a fresh failure
 */
public record RestartPolicy(Duration firstDelay, Duration maxDelay, int maxQuickFailures, Duration stableAfter) {

    /** 1 s, 2 s, 4 s, 8 s, 16 s (at most 30 s apart); gives up at the 6th failure in a row, each within 2 minutes of its start. */
    public static final RestartPolicy DEFAULT =
            new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5, Duration.ofMinutes(2));
    /** Crashed applications stay down (the tests that kill one on purpose). */
    public static final RestartPolicy NEVER = new RestartPolicy(Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);

    public RestartPolicy {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(maxDelay);
        Objects.requireNonNull(stableAfter);
        if (maxQuickFailures < 0) {
            throw new IllegalArgumentException("maxQuickFailures must not be negative: " + maxQuickFailures);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than firstDelay " + firstDelay);
        }
    }

    public boolean restarts() {
        return maxQuickFailures > 0;
    }

    /** The number of quick failures in a row after an exit, given the count before it and how long the application ran. */
    public int failuresInARow(int before, Duration ranFor) {
        return ranFor.compareTo(stableAfter) < 0 ? before + 1 : 1;
    }

    /** The wait before restarting after {@code failuresInARow} quick failures in a row (1 for the first), or empty to give up. */
    public Optional<Duration> delayAfter(int failuresInARow) {
        if (failuresInARow < 1) {
            throw new IllegalArgumentException("failuresInARow starts at 1, not " + failuresInARow);
        }
        if (failuresInARow > maxQuickFailures) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failuresInARow && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
