package vn.laocai.gate.customs.domain;

import java.time.Duration;

/** How long a failed submission waits before the next attempt: doubling from {@code initial}, capped at {@code max}. */
public record RetrySchedule(Duration initial, Duration max) {

    public RetrySchedule {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Need 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration after(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
