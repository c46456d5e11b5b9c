package vn.laocai.gate.queue.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.Direction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yard at {@code /q/metrics}, per direction, refreshed from the database every few seconds:
 * {@code queue_length} (vehicles waiting in the yard), {@code queue_gate_area} (called forward, in
 * the gate or released, not yet out), {@code queue_waiting_mean_seconds} and
 * {@code queue_waiting_longest_seconds} (time since check-in of the vehicles waiting).
 */
@ApplicationScoped
public class QueueMetrics {

    private final BookingRepository bookings;
    private final Clock clock;
    private final Map<Direction, Figures> figures = new EnumMap<>(Direction.class);

    private record Figures(AtomicLong length, AtomicLong gateArea, AtomicLong meanMillis, AtomicLong longestMillis) {
    }

    public QueueMetrics(MeterRegistry registry, BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
        for (Direction direction : Direction.values()) {
            Figures f = new Figures(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong());
            figures.put(direction, f);
            String tag = direction.name();
            Gauge.builder("queue.length", f.length(), AtomicLong::get)
                    .description("Vehicles waiting in the yard queue").tag("direction", tag).register(registry);
            Gauge.builder("queue.gate.area", f.gateArea(), AtomicLong::get)
                    .description("Vehicles called forward, in the gate or released, not yet out").tag("direction", tag)
                    .register(registry);
            Gauge.builder("queue.waiting.mean", f.meanMillis(), m -> m.get() / 1000.0).baseUnit("seconds")
                    .description("Mean time since check-in of the vehicles waiting").tag("direction", tag).register(registry);
            Gauge.builder("queue.waiting.longest", f.longestMillis(), m -> m.get() / 1000.0).baseUnit("seconds")
                    .description("Longest time since check-in of the vehicles waiting").tag("direction", tag).register(registry);
        }
    }

    @Scheduled(every = "${gate.metrics.interval:5s}", delayed = "1s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        for (Direction direction : Direction.values()) {
            QuarkusTransaction.requiringNew().run(() -> refresh(direction, bookings.waiting(direction),
                    bookings.inGateArea(direction).size(), Instant.now(clock)));
        }
    }

    private void refresh(Direction direction, List<Booking> waiting, int gateArea, Instant now) {
        Figures f = figures.get(direction);
        List<Duration> waited = waiting.stream().filter(b -> b.yard().checkedInAt() != null)
                .map(b -> Duration.between(b.yard().checkedInAt(), now)).toList();
        f.length().set(waiting.size());
        f.gateArea().set(gateArea);
        f.meanMillis().set(waited.isEmpty() ? 0 : waited.stream().mapToLong(Duration::toMillis).sum() / waited.size());
        f.longestMillis().set(waited.stream().mapToLong(Duration::toMillis).max().orElse(0));
    }
}
