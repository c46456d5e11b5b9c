package vn.laocai.gate.support.partner;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laocai.gate.support.privacy.RetentionRuns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deletes the entries of the partner read log older than {@code gate.partner.reads.retention} (90 days, as the
 * personal data of the services), as the other retention jobs do ({@link RetentionRuns}: at most
 * {@value RetentionRuns#BATCH} a run, the rest the next, each run that deleted something one audit entry
 * {@code PERSONAL_DATA_ERASED} of subject {@code partner reads}). Off in a service unless it sets
 * {@code gate.partner.reads.check-every} (the services that serve the partner API and have its table). Instances
 * share the work: rows taken by one are skipped by the others.
 */
@ApplicationScoped
public class PartnerReadRetention {

    private final PartnerReads reads;
    private final RetentionRuns runs;
    private final Duration retention;

    public PartnerReadRetention(PartnerReads reads, RetentionRuns runs,
                                @ConfigProperty(name = "gate.partner.reads.retention", defaultValue = "P90D") Duration retention) {
        this.reads = reads;
        this.runs = runs;
        this.retention = retention;
    }

    @Scheduled(identity = "partner-read-retention", every = "${gate.partner.reads.check-every:off}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.scheduled(this::erase);
    }

    /** One run as of {@code now}; the ids of the entries it deleted. */
    @Transactional
    public List<String> erase(Instant now) {
        return runs.erase("partner reads", retention, now, reads::deleteBefore);
    }
}
