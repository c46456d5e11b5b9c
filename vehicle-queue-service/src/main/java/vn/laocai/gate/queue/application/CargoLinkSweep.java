package vn.laocai.gate.queue.application;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.CargoLinkDeadline;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Releases the slots of bookings declared as loaded that no declaration was linked to by
 * {@code gate.queue.cargo-link.deadline-before-slot} before their slot (a booking made later gets
 * {@code gate.queue.cargo-link.after-booking} from its booking): each is cancelled
 * ({@code NO_DECLARATION}, not counted against the driver as a late cancellation) and its {@code BookingCancelled}
 * goes out through the outbox, so the driver is told. Safe to run on every instance at once: one sweep at a time
 * holds a transaction-scoped advisory lock, and a booking released once is found no more.
 */
@ApplicationScoped
public class CargoLinkSweep {

    private static final Logger LOG = Logger.getLogger(CargoLinkSweep.class);
    private static final long SWEEP_LOCK = 0x636172676f4cL;
    private static final int BATCH = 500;

    private final BookingRepository bookings;
    private final Outbox outbox;
    private final YardNotifier notifier;
    private final Clock clock;
    private final QueueConfig config;
    private volatile boolean stopped;

    public CargoLinkSweep(BookingRepository bookings, Outbox outbox, YardNotifier notifier, Clock clock, QueueConfig config) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${gate.queue.cargo-link.sweep-interval:60s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!stopped) {
            sweep(Instant.now(clock));
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** One sweep as of {@code now}; returns how many bookings were released. */
    @Transactional
    public int sweep(Instant now) {
        if (!bookings.tryLock(SWEEP_LOCK)) {
            return 0;
        }
        CargoLinkDeadline deadline = new CargoLinkDeadline(config.cargoLink().deadlineBeforeSlot(), config.cargoLink().afterBooking());
        int released = 0;
        for (Booking booking : bookings.loadedWithoutDeclaration(now.plus(deadline.beforeSlot()), now.minus(deadline.afterBooking()),
                now, BATCH)) {
            if (booking.releaseWithoutDeclaration(deadline, now)) {
                outbox.recordAll(booking.drainEvents());
                notifier.changed(booking.direction(), booking.code());
                released++;
            }
        }
        if (released > 0) {
            LOG.infof("Cargo-link sweep: %d loaded bookings without a declaration released", released);
        }
        return released;
    }
}
