package vn.laocai.gate.notification.domain;

import java.time.Duration;

/**
 * How deliveries are retried: after the n-th failed attempt the next one waits
 * {@code initialBackoff * 2^(n-1)} (1, 2, 4 ... s), at most {@code maxBackoff}; after
 * {@code maxAttempts} attempts the delivery has failed.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after {@code failedAttempts} failed attempts (1 or more). */
    public Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
