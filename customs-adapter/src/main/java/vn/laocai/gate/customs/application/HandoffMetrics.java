package vn.laocai.gate.customs.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.HandoffRepository;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per agency system: the handoff latency (opened to accepted by the agency, a timer) and the number
 * of handoffs pending (a gauge, refreshed from the database every few seconds), at {@code /q/metrics}
 * as {@code customs_handoff_latency_seconds} and {@code customs_handoff_pending}.
 */
@ApplicationScoped
public class HandoffMetrics {

    private final HandoffRepository handoffs;
    private final Map<AgencySystem, Timer> latency = new EnumMap<>(AgencySystem.class);
    private final Map<AgencySystem, AtomicLong> pending = new EnumMap<>(AgencySystem.class);

    public HandoffMetrics(MeterRegistry registry, HandoffRepository handoffs) {
        this.handoffs = handoffs;
        for (AgencySystem system : AgencySystem.values()) {
            latency.put(system, Timer.builder("customs.handoff.latency")
                    .description("From a handoff opened to its acceptance by the agency system")
                    .tag("system", system.name())
                    .publishPercentiles(0.5, 0.95, 0.99)
                    .register(registry));
            AtomicLong count = new AtomicLong();
            pending.put(system, count);
            Gauge.builder("customs.handoff.pending", count, AtomicLong::get)
                    .description("Handoffs waiting to be accepted by the agency system")
                    .tag("system", system.name())
                    .register(registry);
        }
    }

    public void handedOff(AgencySystem system, Duration latency) {
        this.latency.get(system).record(latency);
    }

    @Scheduled(every = "${gate.customs.metrics.refresh-interval:5s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshPending() {
        QuarkusTransaction.requiringNew().call(handoffs::pendingCounts)
                .forEach((system, count) -> pending.get(system).set(count));
    }
}
