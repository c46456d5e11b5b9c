package vn.laocai.gate.support.tx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a job on a thread of its own when woken; wake-ups that arrive while one is pending are merged
 * into it. For work that a scheduler also runs periodically as a safety net (outbox relay, dispatch).
 */
public final class WakeUps implements AutoCloseable {

    private final Runnable job;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService thread;

    public WakeUps(String name, Runnable job) {
        this.job = job;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for the job to run soon. */
    public void wakeUp() {
        if (pending.compareAndSet(false, true)) {
            thread.execute(() -> {
                pending.set(false);
                job.run();
            });
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
