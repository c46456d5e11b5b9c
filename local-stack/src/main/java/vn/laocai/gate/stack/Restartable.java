package vn.laocai.gate.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * An embedded server of the platform (the Kafka broker, PostgreSQL) that can be stopped and started
 * again on the same ports and the same data while the applications keep running: what a fault test
 * needs to take the broker away for a while or to restart the database under the applications.
 * {@link Platform#close()} stops it whichever state it is in.
 */
public final class Restartable implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Restartable.class);

    private final String name;
    private final Supplier<? extends AutoCloseable> starter;
    private AutoCloseable current;

    Restartable(String name, Supplier<? extends AutoCloseable> starter) {
        this.name = name;
        this.starter = starter;
    }

    /** Starts the server for the first time; the server it started. */
    synchronized AutoCloseable startFirst() {
        current = starter.get();
        return current;
    }

    /** The server now running, if it runs and is a {@code type}. */
    synchronized <T> java.util.Optional<T> current(Class<T> type) {
        return type.isInstance(current) ? java.util.Optional.of(type.cast(current)) : java.util.Optional.empty();
    }

    /** Whether the server runs (was started and not stopped since). */
    public synchronized boolean running() {
        return current != null;
    }

    /** Stops the server as it stops normally (the broker's controlled shutdown, PostgreSQL's fast shutdown); its data is kept. */
    public synchronized void stop() {
        if (current == null) {
            return;
        }
        LOG.info("Stopping {}", name);
        try {
            current.close();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed: {}", name, e.toString());
        } finally {
            current = null;
        }
    }

    /**
     * Starts the server again on its data, trying for at most {@code within}: after a crash
     * the old server's processes may take a moment to go (PostgreSQL refuses to start while a
     * backend of the killed postmaster still holds its shared memory).
     */
    public synchronized void start(Duration within) {
        if (current != null) {
            return;
        }
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                LOG.info("Starting {} again", name);
                current = starter.get();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warn("{} did not start ({}); trying again in 1 s", name, e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
