package vn.laocai.gate.notification.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.notification.config.NotificationConfig;
import vn.laocai.gate.notification.domain.KnownPartiesRepository;
import vn.laocai.gate.notification.domain.NoticeRepository;
import vn.laocai.gate.notification.domain.PreferencesRepository;
import vn.laocai.gate.support.privacy.PersonalData;
import vn.laocai.gate.support.privacy.RetentionRuns;

import java.time.Duration;
import java.time.Instant;

/**
 * Enforces the retention of personal data ({@code gate.notification.retention.personal-data}, 90 days by default):
 * notices older than that keep their kind, recipient, subject and delivery statuses, but their title, text and the
 * phone numbers and e-mail addresses they went to are erased ({@link PersonalData#ERASED}); bookings closed and
 * unchanged as long lose their driver's name (and the document older events named); preferences unused as long
 * (unchanged, and no notice to the account or to the driver or enterprises it claims) are erased, phone, e-mail and
 * claimed document with them. Each run that erased something is audited ({@code PERSONAL_DATA_ERASED}, ids, codes
 * and accounts only). One instance at a time; at most {@value RetentionRuns#BATCH} of each a run ({@link RetentionRuns}).
 */
@ApplicationScoped
public class PersonalDataRetention {

    private static final long LOCK = 0x7265746e6e6fL;

    private final NoticeRepository notices;
    private final KnownPartiesRepository known;
    private final PreferencesRepository preferences;
    private final RetentionRuns runs;
    private final NotificationConfig config;

    public PersonalDataRetention(NoticeRepository notices, KnownPartiesRepository known, PreferencesRepository preferences,
                                 RetentionRuns runs, NotificationConfig config) {
        this.notices = notices;
        this.known = known;
        this.preferences = preferences;
        this.runs = runs;
        this.config = config;
    }

    @Scheduled(every = "${gate.notification.retention.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.scheduled(this::erase);
    }

    /** One run as of {@code now}; answers how many notices, bookings and preferences it erased. */
    @Transactional
    public int erase(Instant now) {
        if (!notices.tryLock(LOCK)) {
            return 0;
        }
        Duration retention = config.retention().personalData();
        return runs.erase("notices", retention, now, notices::eraseNoticesBefore).size()
                + runs.erase("bookings", retention, now, known::eraseClosedBookingsBefore).size()
                + runs.erase("preferences", retention, now, (before, erased, limit) -> preferences.eraseUnusedBefore(before, limit)).size();
    }
}
