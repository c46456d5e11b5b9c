package vn.laocai.gate.notification.domain;

import java.time.Duration;

/**
 * How deliveries are retried: after the n-th failed attempt the next one waits
 * {@code initialBackoff * 2^(n-1)} (1, 2, 4 ... s), at most {@code maxBackoff}; after
 * {@code maxAttempts} attempts the delivery has failed. An attempt under way holds its delivery for
 * {@code attemptLease} (longer than a send may take): only an attempt whose outcome never came that long after
 * it began (the service stopped while sending) is due again, so a slow send is never taken for a lost one.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration attemptLease) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (attemptLease.isNegative() || attemptLease.isZero()) {
            throw new IllegalArgumentException("attemptLease must be positive");
        }
    }

    /** How long after it began an attempt without an outcome is due again: its lease, or the wait after it failing, whichever is longer. */
    public Duration unansweredAfter(int attempts) {
        Duration backoff = backoffAfter(attempts);
        return backoff.compareTo(attemptLease) > 0 ? backoff : attemptLease;
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
