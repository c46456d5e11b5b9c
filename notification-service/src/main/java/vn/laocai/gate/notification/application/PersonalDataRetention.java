package vn.laocai.gate.notification.application;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.laocai.gate.notification.config.NotificationConfig;
import vn.laocai.gate.notification.domain.KnownPartiesRepository;
import vn.laocai.gate.notification.domain.NoticeRepository;
import vn.laocai.gate.support.privacy.PersonalData;
import vn.laocai.gate.support.privacy.PersonalDataErasures;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.UUID;

/**
 * Enforces the retention of personal data ({@code gate.notification.retention.personal-data}, 90 days by default):
 * notices older than that keep their kind, recipient, subject and delivery statuses, but their title, text and the
 * phone numbers and e-mail addresses they went to are erased ({@link PersonalData#ERASED}); bookings closed and
 * unchanged as long lose their driver's name (and the document older events named). Each run that erased something
 * is audited ({@code PERSONAL_DATA_ERASED}, ids and codes only). One instance at a time; at most {@value #BATCH} of
 * each a run.
 */
@ApplicationScoped
public class PersonalDataRetention {

    private static final long LOCK = 0x7265746e6e6fL;
    private static final int BATCH = 500;

    private final NoticeRepository notices;
    private final KnownPartiesRepository known;
    private final PersonalDataErasures erasures;
    private final Clock clock;
    private final NotificationConfig config;
    private volatile boolean stopped;

    public PersonalDataRetention(NoticeRepository notices, KnownPartiesRepository known, PersonalDataErasures erasures,
                                 Clock clock, NotificationConfig config) {
        this.notices = notices;
        this.known = known;
        this.erasures = erasures;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${gate.notification.retention.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!stopped) {
            erase(Instant.now(clock));
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** One run as of {@code now}; answers how many notices and bookings it erased. */
    @Transactional
    public int erase(Instant now) {
        if (!notices.tryLock(LOCK)) {
            return 0;
        }
        Duration retention = config.retention().personalData();
        Instant before = now.minus(retention);
        int erased = erasures.recorded("notices", retention, before, notices.eraseNoticesBefore(before, PersonalData.ERASED, BATCH)
                .stream().map(UUID::toString).toList()).size();
        return erased + erasures.recorded("bookings", retention, before,
                known.eraseClosedBookingsBefore(before, PersonalData.ERASED, BATCH)).size();
    }
}
