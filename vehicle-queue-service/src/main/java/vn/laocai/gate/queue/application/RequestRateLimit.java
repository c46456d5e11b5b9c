package vn.laocai.gate.queue.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window limit of requests per account (booking requests, against bots that grab
 * slots). Kept in memory: with several instances each one counts its own requests. Not a rule of
 * the domain but a guard of the API against floods, so it lives here, before the admission.
 */
public final class RequestRateLimit {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public RequestRateLimit(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts a request of {@code account}; empty when allowed, else how long until the next one is. */
    public Optional<Duration> attempt(String account, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(account, a -> new ArrayDeque<>());
        synchronized (times) {
            Instant horizon = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(Duration.between(horizon, times.peekFirst()));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }
}
