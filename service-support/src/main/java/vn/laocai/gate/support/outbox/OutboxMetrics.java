package vn.laocai.gate.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox at {@code /q/metrics}, in every service: {@code gate_outbox_pending} (events not yet
 * published), {@code gate_outbox_lag_seconds} (age of the oldest of them; 0 when none waits), both
 * refreshed from the database every few seconds, and {@code gate_outbox_publish_delay_seconds}
 * (from written to published, per event this instance relayed); each tagged with the service's
 * {@code application} name, as every service has them.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final EntityManager em;
    private final Clock clock;
    private final Timer publishDelay;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagMillis = new AtomicLong();

    public OutboxMetrics(MeterRegistry registry, EntityManager em, Clock clock,
                         @ConfigProperty(name = "quarkus.application.name") String application) {
        this.em = em;
        this.clock = clock;
        this.publishDelay = Timer.builder("gate.outbox.publish.delay")
                .tag("application", application)
                .description("From an event written to the outbox to its publication on Kafka")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        Gauge.builder("gate.outbox.pending", pending, AtomicLong::get)
                .tag("application", application)
                .description("Events in the outbox not yet published")
                .register(registry);
        Gauge.builder("gate.outbox.lag", lagMillis, m -> m.get() / 1000.0)
                .tag("application", application)
                .description("Age of the oldest event in the outbox not yet published (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    void published(Collection<OutboxMessage> batch, Instant at) {
        batch.forEach(m -> publishDelay.record(Duration.between(m.occurredAt, at)));
    }

    @Scheduled(every = "${gate.outbox.metrics-interval:5s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select count(m), min(m.occurredAt) from OutboxMessage m where m.publishedAt is null", Object[].class)
                .getSingleResult());
        pending.set(((Number) row[0]).longValue());
        Instant oldest = (Instant) row[1];
        lagMillis.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now(clock)).toMillis()));
    }
}
