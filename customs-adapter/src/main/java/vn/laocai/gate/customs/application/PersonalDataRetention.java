package vn.laocai.gate.customs.application;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.domain.HandoffRepository;
import vn.laocai.gate.support.privacy.PersonalData;
import vn.laocai.gate.support.privacy.PersonalDataErasures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Enforces the retention of personal data ({@code gate.customs.retention.personal-data}, 90 days by default): the
 * border guard's check of a crossing is over within hours, so a border-guard handoff unchanged for longer than that
 * has its driver's name and document erased ({@link PersonalData#ERASED}): in the handoff's message, in the payloads
 * of the messages exchanged about it (their SHA-256 stays, as proof of what was sent) and in the booking. Each run
 * that erased something is one audit entry {@code PERSONAL_DATA_ERASED} with the booking codes. One instance at a
 * time (a transaction-scoped advisory lock); at most {@value #BATCH} handoffs a run.
 */
@ApplicationScoped
public class PersonalDataRetention {

    private static final long LOCK = 0x7265746e6361L;
    private static final int BATCH = 500;

    private final HandoffRepository handoffs;
    private final PersonalDataErasures erasures;
    private final Clock clock;
    private final CustomsConfig config;
    private volatile boolean stopped;

    public PersonalDataRetention(HandoffRepository handoffs, PersonalDataErasures erasures, Clock clock, CustomsConfig config) {
        this.handoffs = handoffs;
        this.erasures = erasures;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${gate.customs.retention.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!stopped) {
            erase(Instant.now(clock));
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** One run as of {@code now}; answers the booking codes whose border-guard personal data it erased. */
    @Transactional
    public List<String> erase(Instant now) {
        if (!handoffs.tryLock(LOCK)) {
            return List.of();
        }
        Instant before = now.minus(config.retention().personalData());
        return erasures.recorded("bookings", config.retention().personalData(), before,
                handoffs.eraseBorderGuardPersonalData(before, PersonalData.ERASED, BATCH));
    }
}
