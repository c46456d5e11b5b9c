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
import vn.laocai.gate.queue.domain.CancelReason;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Finds booked vehicles that did not arrive: past the grace window they are marked no-show (and
 * re-queued if they still come), past the cancellation delay their booking is cancelled; each no-show counts
 * against the booking's account and vehicle ({@link PenaltyService}). Safe to
 * run on every instance at once: one sweep at a time holds a transaction-scoped advisory lock, and
 * each transition happens once (a second sweep finds nothing left to do).
 */
@ApplicationScoped
public class NoShowSweep {

    private static final Logger LOG = Logger.getLogger(NoShowSweep.class);
    private static final long SWEEP_LOCK = 0x6e6f53686f77L;
    private static final int BATCH = 500;

    private final BookingRepository bookings;
    private final Outbox outbox;
    private final YardNotifier notifier;
    private final Clock clock;
    private final QueueConfig config;
    private volatile boolean stopped;

    private final PenaltyService penalties;

    public NoShowSweep(BookingRepository bookings, Outbox outbox, YardNotifier notifier, Clock clock, QueueConfig config,
                       PenaltyService penalties) {
        this.penalties = penalties;
        this.bookings = bookings;
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${gate.queue.arrival.sweep-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!stopped) {
            sweep(Instant.now(clock));
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** One sweep as of {@code now}; returns how many bookings changed. */
    @Transactional
    public int sweep(Instant now) {
        if (!bookings.tryLock(SWEEP_LOCK)) {
            return 0;
        }
        int changed = 0;
        for (Booking booking : bookings.dueForCancellation(now.minus(config.arrival().cancelAfter()), BATCH)) {
            booking.markNoShow(config.arrival().grace(), config.arrival().cancelAfter(), now);
            booking.cancel(CancelReason.NO_SHOW, "did not arrive by " + booking.window().graceUntil(config.arrival().grace()), now);
            // counted once per booking (a booking marked by an earlier sweep counted then)
            penalties.noShow(booking, now);
            publish(booking);
            changed++;
        }
        for (Booking booking : bookings.unmarkedNoShows(now.minus(config.arrival().grace()), BATCH)) {
            if (booking.markNoShow(config.arrival().grace(), config.arrival().cancelAfter(), now)) {
                penalties.noShow(booking, now);
                publish(booking);
                changed++;
            }
        }
        if (changed > 0) {
            LOG.infof("No-show sweep: %d bookings changed", changed);
        }
        return changed;
    }

    private void publish(Booking booking) {
        outbox.recordAll(booking.drainEvents());
        notifier.changed(booking.direction(), booking.code());
    }
}
