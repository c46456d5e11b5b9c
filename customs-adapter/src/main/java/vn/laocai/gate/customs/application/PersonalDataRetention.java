package vn.laocai.gate.customs.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.domain.HandoffRepository;
import vn.laocai.gate.support.privacy.PersonalData;
import vn.laocai.gate.support.privacy.RetentionRuns;

import java.time.Instant;
import java.util.List;

/**
 * Enforces the retention of personal data ({@code gate.customs.retention.personal-data}, 90 days by default): the
 * border guard's check of a crossing is over within hours, so a border-guard handoff unchanged for longer than that
 * has its driver's name and document erased ({@link PersonalData#ERASED}): in the handoff's message, in the payloads
 * of the messages exchanged about it (their SHA-256 stays, as proof of what was sent) and in the booking. Each run
 * that erased something is one audit entry {@code PERSONAL_DATA_ERASED} with the booking codes. One instance at a
 * time (a transaction-scoped advisory lock); at most {@value RetentionRuns#BATCH} handoffs a run ({@link RetentionRuns}).
 */
@ApplicationScoped
public class PersonalDataRetention {

    private static final long LOCK = 0x7265746e6361L;

    private final HandoffRepository handoffs;
    private final RetentionRuns runs;
    private final CustomsConfig config;

    public PersonalDataRetention(HandoffRepository handoffs, RetentionRuns runs, CustomsConfig config) {
        this.handoffs = handoffs;
        this.runs = runs;
        this.config = config;
    }

    @Scheduled(every = "${gate.customs.retention.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.scheduled(this::erase);
    }

    /** One run as of {@code now}; answers the booking codes whose border-guard personal data it erased. */
    @Transactional
    public List<String> erase(Instant now) {
        if (!handoffs.tryLock(LOCK)) {
            return List.of();
        }
        return runs.erase("bookings", config.retention().personalData(), now, handoffs::eraseBorderGuardPersonalData);
    }
}
