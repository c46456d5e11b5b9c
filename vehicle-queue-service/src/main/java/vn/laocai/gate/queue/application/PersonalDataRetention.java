package vn.laocai.gate.queue.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.support.privacy.PersonalData;
import vn.laocai.gate.support.privacy.PersonalDataErasures;
import vn.laocai.gate.support.privacy.RetentionRuns;

import java.time.Instant;
import java.util.List;

/**
 * Enforces the retention of personal data ({@code gate.queue.retention.personal-data}, 90 days by default): the
 * driver's name, document and phone of bookings closed (exited or cancelled) longer ago than that are overwritten
 * with {@link PersonalData#ERASED}, in the booking and its amendment history. Each run that erased something is one
 * audit entry {@code PERSONAL_DATA_ERASED} naming the booking codes and the cut-off, no personal data
 * ({@link PersonalDataErasures}). One instance
 * at a time (a transaction-scoped advisory lock); a run takes at most {@value RetentionRuns#BATCH} bookings, the next
 * the rest ({@link RetentionRuns}).
 */
@ApplicationScoped
public class PersonalDataRetention {

    private static final long LOCK = 0x7265746e7175L;

    private final BookingRepository bookings;
    private final RetentionRuns runs;
    private final QueueConfig config;

    public PersonalDataRetention(BookingRepository bookings, RetentionRuns runs, QueueConfig config) {
        this.bookings = bookings;
        this.runs = runs;
        this.config = config;
    }

    @Scheduled(every = "${gate.queue.retention.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.scheduled(this::erase);
    }

    /** One run as of {@code now}; answers the codes of the bookings whose personal data it erased. */
    @Transactional
    public List<String> erase(Instant now) {
        if (!bookings.tryLock(LOCK)) {
            return List.of();
        }
        return runs.erase("bookings", config.retention().personalData(), now, bookings::erasePersonalData);
    }
}
