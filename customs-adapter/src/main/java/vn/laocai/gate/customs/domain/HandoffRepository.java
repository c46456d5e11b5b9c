package vn.laocai.gate.customs.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The handoffs kept by the adapter. The {@code lock} methods hold the handoff until the transaction ends. */
public interface HandoffRepository {

    void add(Handoff handoff);

    boolean exists(AgencySystem system, String subjectId, String key);

    /** The handoff of the highest declaration version of the subject to the system, if any. */
    Optional<Handoff> latest(AgencySystem system, String subjectId);

    Optional<Handoff> lock(UUID id);

    /** The one handoff of the system carrying the reference; empty when none, or more than one, does. */
    Optional<Handoff> lockByAgencyReference(AgencySystem system, String agencyReference);

    /**
     * PENDING handoffs, and LOST or OVERDUE ones to be sent again, whose next attempt is due, oldest first:
     * locked until the transaction ends, those another transaction holds left out ({@code skip locked}).
     */
    List<Handoff> lockDueForSubmission(Instant now, int limit);

    /**
     * Handoffs of the system awaiting its answers that heard nothing and were not polled since
     * {@code quietSince}, longest quiet first.
     */
    List<Handoff> quietSince(AgencySystem system, Instant quietSince, int limit);

    /**
     * Handoffs of the system that may be past a deadline of that length: PENDING ones opened before
     * {@code before}, ones awaiting answers that heard nothing since, and every LOST, OVERDUE or
     * ESCALATED one; longest waiting first.
     */
    List<Handoff> waitingSince(AgencySystem system, Instant before, int limit);

    /** Handoffs of the subjects (a declaration id and its booking codes), oldest first. */
    List<Handoff> ofSubjects(Collection<String> subjectIds);

    /** PENDING handoffs of each system. */
    Map<AgencySystem, Long> pendingCounts();

    /** Makes every PENDING handoff of the system due now; returns how many were waiting longer. */
    int dueNow(AgencySystem system, Instant now);

    /**
     * Overwrites with {@code erased} the driver's name and document of at most {@code limit} border-guard handoffs
     * unchanged since before {@code before} and not erased yet: the handoff's message, the payloads of the messages
     * exchanged about it (their SHA-256 stays) and the booking; answers their booking codes.
     */
    java.util.List<String> eraseBorderGuardPersonalData(java.time.Instant before, String erased, int limit);

    /** Whether no other instance runs the same job now: a transaction-scoped advisory lock. */
    boolean tryLock(long key);
}
