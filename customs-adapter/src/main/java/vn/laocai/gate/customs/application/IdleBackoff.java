package vn.laocai.gate.customs.application;

import java.time.Duration;
import java.time.Instant;

/**
 * The pace of a periodic job that looks for work: every tick while it finds some; after each run
 * that found none, a wait twice the last one (from one second) up to {@code longest}. A run that
 * finds work ends the wait at once.
 */
final class IdleBackoff {

    private static final Duration FIRST = Duration.ofSeconds(1);
    /** Ticks come about on time, not to the millisecond: one a little early is taken. */
    private static final Duration TOLERANCE = Duration.ofMillis(250);

    private final Duration longest;
    private Duration wait = Duration.ZERO;
    private Instant next = Instant.MIN;

    IdleBackoff(Duration longest) {
        this.longest = longest;
    }

    /** Whether a run may start at {@code now}. */
    synchronized boolean due(Instant now) {
        return !now.plus(TOLERANCE).isBefore(next);
    }

    /** A run ended at {@code now} having found {@code found} pieces of work. */
    synchronized void ran(int found, Instant now) {
        if (found > 0) {
            wait = Duration.ZERO;
        } else {
            Duration doubled = wait.isZero() ? FIRST : wait.multipliedBy(2);
            wait = doubled.compareTo(longest) > 0 ? longest : doubled;
        }
        next = now.plus(wait);
    }

    synchronized Duration currentWait() {
        return wait;
    }
}
