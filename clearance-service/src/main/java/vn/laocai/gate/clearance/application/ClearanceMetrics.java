package vn.laocai.gate.clearance.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.DeclarationRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The clearance case at {@code /q/metrics}, refreshed from the database every few seconds:
 * {@code clearance_open_cases} and {@code clearance_step_dwell_longest_seconds} per step and state
 * of the open consignments, and {@code clearance_step_duration_mean_seconds} per step (the mean time
 * the steps finished in the estimates' window took).
 */
@ApplicationScoped
public class ClearanceMetrics {

    private final DeclarationRepository declarations;
    private final ClearanceConfig config;
    private final Clock clock;
    private final MultiGauge openCases;
    private final MultiGauge longestDwell;
    private final MultiGauge meanDuration;

    private record Figures(List<DeclarationRepository.StepDwell> dwell, Map<ClearanceStep, Duration> durations) {
    }

    public ClearanceMetrics(MeterRegistry registry, DeclarationRepository declarations, ClearanceConfig config, Clock clock) {
        this.declarations = declarations;
        this.config = config;
        this.clock = clock;
        this.openCases = MultiGauge.builder("clearance.open.cases")
                .description("Open consignments standing in a state of a step").register(registry);
        this.longestDwell = MultiGauge.builder("clearance.step.dwell.longest").baseUnit("seconds")
                .description("Longest time an open consignment has stood in a state of a step").register(registry);
        this.meanDuration = MultiGauge.builder("clearance.step.duration.mean").baseUnit("seconds")
                .description("Mean time a step took to finish, over the estimates' window").register(registry);
    }

    @Scheduled(every = "${gate.metrics.interval:5s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        Instant now = Instant.now(clock);
        Figures figures = QuarkusTransaction.requiringNew().call(() -> new Figures(declarations.dwellTimes(now),
                declarations.meanStepDurations(now.minus(config.estimates().window()), 1)));
        openCases.register(figures.dwell().stream().map(d -> MultiGauge.Row.of(
                Tags.of("step", d.step().name(), "state", d.state().name()), d.cases())).toList(), true);
        longestDwell.register(figures.dwell().stream().map(d -> MultiGauge.Row.of(
                Tags.of("step", d.step().name(), "state", d.state().name()), d.longest().toMillis() / 1000.0)).toList(), true);
        meanDuration.register(figures.durations().entrySet().stream().map(e -> MultiGauge.Row.of(
                Tags.of("step", e.getKey().name()), e.getValue().toMillis() / 1000.0)).toList(), true);
    }
}
