package vn.laocai.gate.queue.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.DwellBudgets;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Watches the perishable vehicles at the gate against their cargo's dwell budget ({@link DwellBudgets}, read from
 * {@code gate.queue.dwell.file}): each one that reaches the near share of its budget, and then the whole of it, is
 * published once ({@code PerishableDwellAlert}) through the outbox; {@link #atGate} lists them for supervisors. Safe to
 * run on every instance at once: one watch at a time holds a transaction-scoped advisory lock, and a level is told
 * once per vehicle (kept on the booking).
 */
@ApplicationScoped
public class DwellWatch {

    private static final Logger LOG = Logger.getLogger(DwellWatch.class);
    private static final long SWEEP_LOCK = 0x6477656c6c57L;

    /** A vehicle at the gate with its standing against its budget. */
    public record Watched(Booking booking, DwellBudgets.Standing standing) {
    }

    private final BookingRepository bookings;
    private final Outbox outbox;
    private final Clock clock;
    private final DwellBudgets budgets;
    private volatile boolean stopped;

    public DwellWatch(BookingRepository bookings, Outbox outbox, Clock clock, QueueConfig config, ObjectMapper json) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.clock = clock;
        this.budgets = DwellBudgetFile.read(config.dwell().file(), json);
    }

    @Scheduled(every = "${gate.queue.dwell.sweep-interval:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!stopped) {
            sweep(Instant.now(clock));
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** One watch as of {@code now}; returns how many alerts it published. */
    @Transactional
    public int sweep(Instant now) {
        if (!bookings.tryLock(SWEEP_LOCK)) {
            return 0;
        }
        int told = 0;
        for (Booking booking : bookings.atGate()) {
            if (booking.watchDwell(budgets, now)) {
                outbox.recordAll(booking.drainEvents());
                told++;
            }
        }
        if (told > 0) {
            LOG.infof("Dwell watch: %d perishable vehicles reached a level of their dwell budget", told);
        }
        return told;
    }

    /** The perishable vehicles at the gate now, furthest into their budget first. */
    @Transactional
    public List<Watched> atGate(Instant now) {
        return bookings.atGate().stream()
                .flatMap(b -> b.dwell(budgets, now).map(s -> new Watched(b, s)).stream())
                .sorted(Comparator.comparingDouble((Watched w) -> w.standing().share()).reversed()
                        .thenComparing(w -> w.booking().code()))
                .toList();
    }

    /** The budgets in force. */
    public DwellBudgets budgets() {
        return budgets;
    }

    /** The class of a declaration's goods by their HS codes, for a perishable one. */
    public String classOf(List<String> hsCodes, boolean perishable) {
        return budgets.classOfConsignment(hsCodes, perishable);
    }
}
