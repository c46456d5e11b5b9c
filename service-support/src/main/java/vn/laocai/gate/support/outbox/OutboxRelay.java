package vn.laocai.gate.support.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.laocai.gate.support.tx.WakeUps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox messages to Kafka in the order they were written, then marks them published.
 * One relay at a time per database holds a transaction-scoped advisory lock, so several instances
 * of a service never interleave and per-aggregate order is kept. A crash between the Kafka
 * acknowledgement and the commit republishes the batch: consumers drop the duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the relay's advisory lock. */
    private static final long RELAY_LOCK = 0x6761746552656cL;

    private final EntityManager em;
    private final CloudEventPublisher publisher;
    private final Clock clock;
    private final OutboxMetrics metrics;
    private final int batchSize;
    private final Duration retention;
    /** Consecutive failed relays (Kafka or the database down): the relay backs off exponentially. */
    private volatile int failures;
    private volatile long pausedUntilNanos;
    private final AtomicBoolean relaying = new AtomicBoolean();
    private volatile boolean stopped;
    private final WakeUps wakeUps = new WakeUps("outbox-relay", this::relayNow);

    public OutboxRelay(EntityManager em, CloudEventPublisher publisher, Clock clock, OutboxMetrics metrics,
                       @ConfigProperty(name = "gate.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "gate.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.em = em;
        this.publisher = publisher;
        this.clock = clock;
        this.metrics = metrics;
        this.batchSize = batchSize;
        this.retention = retention;
    }

    /** The safety net: relays whatever a wake-up missed (and everything after a restart). */
    @Scheduled(every = "${gate.outbox.relay-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayScheduled() {
        relayNow();
    }

    /**
     * Asks for a relay soon, on the relay's own thread: called after a transaction that wrote to the
     * outbox commits, so an event leaves within milliseconds instead of waiting for the next tick.
     */
    public void wakeUp() {
        wakeUps.wakeUp();
    }

    /** Stops relaying as soon as shutdown begins, before the database connections go away. */
    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
        wakeUps.close();
    }

    private void relayNow() {
        if (stopped || System.nanoTime() < pausedUntilNanos || !relaying.compareAndSet(false, true)) {
            return;
        }
        try {
            while (relayBatch() == batchSize) {
                // a full batch: more may be waiting
            }
            if (failures > 0) {
                LOG.infof("Outbox relay resumed after %d failed attempt(s)", failures);
            }
            failures = 0;
        } catch (RuntimeException e) {
            failures++;
            long pauseMs = Math.min(30_000L, 250L << Math.min(failures, 7));
            pausedUntilNanos = System.nanoTime() + pauseMs * 1_000_000L;
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            LOG.warnf("Outbox relay failed (%d in a row), next attempt in %d ms: %s (%s)", failures, pauseMs,
                    e.getMessage(), cause);
        } finally {
            relaying.set(false);
        }
    }

    @PreDestroy
    void stopWakeUps() {
        wakeUps.close();
    }

    /** Publishes at most one batch; returns how many messages it published. */
    @Transactional
    public int relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxMessage> batch = em.createQuery(
                        "from OutboxMessage where publishedAt is null order by id", OutboxMessage.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        batch.forEach(m -> m.attempts++);
        publisher.publishAll(batch);
        Instant now = Instant.now(clock);
        batch.forEach(m -> m.publishedAt = now);
        metrics.published(batch, now);
        return batch.size();
    }

    /** Forgets published messages older than the retention period. */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purgePublished() {
        em.createQuery("delete from OutboxMessage where publishedAt < :before")
                .setParameter("before", Instant.now(clock).minus(retention))
                .executeUpdate();
    }

    /** How many events wait to be published: the outbox lag. */
    @Transactional
    public long pending() {
        return em.createQuery("select count(m) from OutboxMessage m where m.publishedAt is null", Long.class)
                .getSingleResult();
    }
}
