package vn.laocai.gate.simulator.clock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The simulator's clockwork: runs answers and callback retries after their delays, in memory. */
@ApplicationScoped
public class Timers {

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "simulator-timer");
        thread.setDaemon(true);
        return thread;
    });

    public void after(Duration delay, Runnable action) {
        executor.schedule(action, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
