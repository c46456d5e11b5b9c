package vn.laocai.gate.customs.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.AnswerDeadline;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * No handoff waits for ever: a handoff its agency lost (a poll answered 404) or left without an
 * answer past the system's deadline ({@code gate.customs.<system>.answer-deadline}) is sent again once
 * under the same submission id, then escalated to the customs officers (the rules are the handoff's).
 * Also what the supervisors see: every handoff past its deadline.
 */
@ApplicationScoped
public class HandoffFollowup {

    private static final Logger LOG = Logger.getLogger(HandoffFollowup.class);
    private static final int BATCH = 200;

    private final HandoffRepository handoffs;
    private final HandoffChanges changes;
    private final HandoffDispatcher dispatcher;
    private final CustomsConfig config;
    private final Clock clock;

    /** A handoff past its deadline, and since when. */
    public record Overdue(Handoff handoff, Instant overdueSince) {
    }

    public HandoffFollowup(HandoffRepository handoffs, HandoffChanges changes, HandoffDispatcher dispatcher,
                           CustomsConfig config, Clock clock) {
        this.handoffs = handoffs;
        this.changes = changes;
        this.dispatcher = dispatcher;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${gate.customs.answers.deadline-check-interval:30s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkScheduled() {
        try {
            checkDeadlines(Instant.now(clock));
        } catch (RuntimeException e) {
            LOG.warnf("Deadline check of handoffs paused, will retry: %s", e.getMessage());
        }
    }

    /** Handles every handoff past its system's deadline at {@code now}; returns how many. */
    public int checkDeadlines(Instant now) {
        int lapsed = 0;
        for (AgencySystem system : AgencySystem.values()) {
            AnswerDeadline deadline = config.of(system).deadline();
            boolean resubmit = config.of(system).resubmit();
            List<UUID> late = QuarkusTransaction.requiringNew().call(() -> handoffs
                    .waitingSince(system, now.minus(deadline.within()), BATCH).stream()
                    .filter(h -> h.state().awaitsAnswers()).map(Handoff::id).toList());
            for (UUID id : late) {
                changes.change(id, h -> h.checkDeadline(deadline, now, resubmit));
                LOG.warnf("Handoff %s to %s is past its deadline of %s", id, system, deadline.within());
            }
            lapsed += late.size();
        }
        if (lapsed > 0) {
            dispatcher.wakeUp();
        }
        return lapsed;
    }

    /** The agency answered that it does not know the handoff's reference. */
    public void lost(UUID id, AgencySystem system, String reason) {
        changes.change(id, h -> h.lost(reason, Instant.now(clock), config.of(system).resubmit()));
        LOG.warnf("Handoff %s lost by %s: %s", id, system, reason);
        dispatcher.wakeUp();
    }

    /** Every handoff past its deadline, lost or escalated, longest overdue first. */
    public List<Overdue> overdue() {
        Instant now = Instant.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Overdue> found = new ArrayList<>();
            for (AgencySystem system : AgencySystem.values()) {
                AnswerDeadline deadline = config.of(system).deadline();
                for (Handoff h : handoffs.waitingSince(system, now.minus(deadline.within()), BATCH)) {
                    Optional<Instant> since = deadline.overdueSince(h, now);
                    since.ifPresent(s -> found.add(new Overdue(h, s)));
                }
            }
            found.sort(Comparator.comparing(Overdue::overdueSince));
            return found;
        });
    }
}
