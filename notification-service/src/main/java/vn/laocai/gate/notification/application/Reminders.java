package vn.laocai.gate.notification.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.notification.config.NotificationConfig;
import vn.laocai.gate.notification.domain.KnownBooking;
import vn.laocai.gate.notification.domain.KnownPartiesRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * The slot reminder: a booking still BOOKED whose window starts within the lead
 * ({@code gate.notification.reminder.lead}, 2 h) gets one reminder per window; a moved window gets
 * another. Checked every minute, so a restart only delays it.
 */
@ApplicationScoped
public class Reminders {

    private final KnownPartiesRepository known;
    private final BookingNotices notices;
    private final NotificationConfig config;
    private final Clock clock;

    public Reminders(KnownPartiesRepository known, BookingNotices notices, NotificationConfig config, Clock clock) {
        this.known = known;
        this.notices = notices;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${gate.notification.reminder.interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remindDue();
    }

    /** Reminds every booking due now; answers how many. */
    @Transactional
    public int remindDue() {
        Instant now = Instant.now(clock);
        int reminded = 0;
        for (KnownBooking booking : known.bookedStartingWithin(now, config.reminder().lead())) {
            if (booking.reminderDue(config.reminder().lead(), now)) {
                notices.remind(booking);
                reminded++;
            }
        }
        return reminded;
    }
}
