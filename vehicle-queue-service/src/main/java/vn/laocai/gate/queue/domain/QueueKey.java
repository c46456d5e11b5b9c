package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The sort key of the yard queue in one number: the priority class first, then the time the
 * vehicle queues from (its slot hour when it comes on time, its arrival when it is re-queued), in
 * microseconds. An officer's reorder gives a vehicle a key between two others.
 */
public final class QueueKey {

    private static final long CLASS_SPAN = 10_000_000_000_000_000L;

    private QueueKey() {
    }

    public static long of(PriorityClass priority, Instant queuedFrom) {
        return priority.rank() * CLASS_SPAN + ChronoUnit.MICROS.between(Instant.EPOCH, queuedFrom);
    }

    /** A key that sorts just before {@code next} and after {@code previous} (which may be null). */
    public static long between(Long previous, long next) {
        if (previous == null) {
            return next - 1_000_000;
        }
        return previous + (next - previous) / 2;
    }

    /** A key that sorts just after {@code last}. */
    public static long after(long last) {
        return last + 1_000_000;
    }
}
