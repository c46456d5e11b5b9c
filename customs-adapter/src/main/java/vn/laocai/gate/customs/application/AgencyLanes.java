package vn.laocai.gate.customs.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.domain.AgencySystem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * One lane of calls per agency system, so that a slow or busy system holds up only its own work: at
 * most {@code gate.customs.<system>.max-concurrent-calls} calls to it at once (a pool of that many
 * threads of its own) and at most {@code calls-per-second} calls started a second (its rate limit,
 * spread evenly). Submissions and polls share the lane, as they share the system's limit.
 */
@ApplicationScoped
public class AgencyLanes {

    private final Map<AgencySystem, Lane> lanes = new EnumMap<>(AgencySystem.class);
    /** One thread per system for work that walks through a system's handoffs and hands calls to its lane. */
    private final ExecutorService walkers = Executors.newFixedThreadPool(AgencySystem.values().length,
            named("agency-walker-"));

    @Inject
    public AgencyLanes(CustomsConfig config) {
        this(s -> config.of(s).maxConcurrentCalls(), s -> config.of(s).callsPerSecond());
    }

    AgencyLanes(ToIntFunction<AgencySystem> concurrency, ToDoubleFunction<AgencySystem> callsPerSecond) {
        for (AgencySystem system : AgencySystem.values()) {
            lanes.put(system, new Lane(system, concurrency.applyAsInt(system), callsPerSecond.applyAsDouble(system)));
        }
    }

    /** Runs {@code work} in the system's lane once a call to it is allowed. */
    public CompletableFuture<Void> run(AgencySystem system, Runnable work) {
        Lane lane = lanes.get(system);
        try {
            return CompletableFuture.runAsync(() -> {
                lane.pace();
                work.run();
            }, lane.pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs {@code work} for every system side by side; answers the sum of what each answered. */
    public int forEachSystem(ToIntFunction<AgencySystem> work) {
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (AgencySystem system : AgencySystem.values()) {
            all.add(CompletableFuture.supplyAsync(() -> work.applyAsInt(system), walkers));
        }
        return all.stream().mapToInt(CompletableFuture::join).sum();
    }

    /** Waits until every one of {@code work} has ended; the first failure is thrown once all have. */
    public static void awaitAll(Collection<CompletableFuture<Void>> work) {
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
    }

    @PreDestroy
    void close() {
        List<ExecutorService> pools = new ArrayList<>(List.of(walkers));
        lanes.values().forEach(l -> pools.add(l.pool));
        pools.forEach(ExecutorService::shutdownNow);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger threads = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A system's pool of callers and its pace. */
    private static final class Lane {

        private final long spacingNanos;
        private final ExecutorService pool;
        private long nextStart = System.nanoTime();

        Lane(AgencySystem system, int concurrency, double callsPerSecond) {
            if (concurrency < 1) {
                throw new IllegalArgumentException("max-concurrent-calls of " + system + " must be at least 1");
            }
            this.spacingNanos = callsPerSecond <= 0 ? 0 : (long) (1_000_000_000L / callsPerSecond);
            this.pool = Executors.newFixedThreadPool(concurrency,
                    named("agency-" + system.name().toLowerCase().replace('_', '-') + "-"));
        }

        /** Waits for this call's turn under the rate limit: starts are spread {@code 1/rate} apart. */
        void pace() {
            if (spacingNanos == 0) {
                return;
            }
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                long start = Math.max(now, nextStart);
                nextStart = start + spacingNanos;
                wait = start - now;
            }
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }
}
