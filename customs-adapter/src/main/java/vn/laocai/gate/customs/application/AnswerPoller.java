package vn.laocai.gate.customs.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.domain.HandoffRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reconciliation: asks the agency systems for the answers of handoffs that heard nothing for a
 * while. This is how answers of systems without callbacks arrive, and how answers missed while a
 * callback failed or an agency (or this adapter) was down are found. Answers go through
 * {@link AnswerIntake}, so ones already received are dropped there.
 *
 * <p>A run polls every handoff that is due, not a fixed number: each system's quiet handoffs a page
 * at a time, the systems side by side, each within its own limits ({@link AgencyLanes}: calls at once
 * and calls a second). A system that fails is left alone for the rest of the run. While handoffs wait
 * a run starts every {@code poll-interval}; after each run that found none the next one waits twice
 * as long, up to {@code idle-poll-interval}.
 */
@ApplicationScoped
public class AnswerPoller {

    private static final Logger LOG = Logger.getLogger(AnswerPoller.class);

    private final HandoffRepository handoffs;
    private final Agencies agencies;
    private final AnswerIntake intake;
    private final HandoffFollowup followup;
    private final ExchangeLog exchangeLog;
    private final AgencyLanes lanes;
    private final CustomsConfig.Answers config;
    private final Clock clock;
    private final IdleBackoff idle;

    public AnswerPoller(HandoffRepository handoffs, Agencies agencies, AnswerIntake intake, HandoffFollowup followup,
                        ExchangeLog exchangeLog, AgencyLanes lanes, CustomsConfig config, Clock clock) {
        this.followup = followup;
        this.handoffs = handoffs;
        this.agencies = agencies;
        this.intake = intake;
        this.exchangeLog = exchangeLog;
        this.lanes = lanes;
        this.config = config.answers();
        this.clock = clock;
        this.idle = new IdleBackoff(config.answers().idlePollInterval());
    }

    private record Quiet(UUID id, AgencySystem system, String subjectId, String agencyReference) {
    }

    @Scheduled(every = "${gate.customs.answers.poll-interval:1s}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollQuiet() {
        Instant now = Instant.now(clock);
        if (!idle.due(now)) {
            return;
        }
        try {
            idle.ran(lanes.forEachSystem(this::pollAll), Instant.now(clock));
        } catch (RuntimeException e) {
            idle.ran(0, Instant.now(clock));
            LOG.warnf("Polling for answers paused, will retry: %s", e.getMessage());
        }
    }

    /**
     * Polls every quiet handoff of the system, page after page, until none is left, the system fails or a
     * page brings nothing new (a handoff whose poll could not be recorded). Answers how many were polled.
     */
    private int pollAll(AgencySystem system) {
        Duration period = system.answersByPollingOnly() ? config.pollOnlyPeriod() : config.quietPeriod();
        Set<UUID> seen = new HashSet<>();
        AtomicBoolean unavailable = new AtomicBoolean();
        List<Quiet> page;
        do {
            page = QuarkusTransaction.requiringNew().call(() -> handoffs
                    .quietSince(system, Instant.now(clock).minus(period), config.batchSize())
                    .stream().map(h -> new Quiet(h.id(), h.agencySystem(), h.subjectId(), h.agencyReference())).toList())
                    .stream().filter(q -> seen.add(q.id())).toList();
            List<CompletableFuture<Void>> polls = new ArrayList<>(page.size());
            for (Quiet handoff : page) {
                polls.add(lanes.run(system, () -> {
                    if (!unavailable.get() && !poll(handoff)) {
                        unavailable.set(true);
                    }
                }));
            }
            AgencyLanes.awaitAll(polls);
        } while (page.size() == config.batchSize() && !unavailable.get());
        return seen.size();
    }

    /** Returns false when the system could not be reached. */
    private boolean poll(Quiet handoff) {
        Instant sentAt = Instant.now(clock);
        try {
            Agencies.Polled polled = agencies.answers(handoff.system(), handoff.agencyReference());
            polled(handoff, sentAt, polled.status(), polled.body());
            int applied = 0;
            for (Agencies.Heard heard : polled.answers()) {
                if (intake.polled(handoff.system(), heard.answer(), heard.subject()) == AnswerIntake.Outcome.APPLIED) {
                    applied++;
                }
            }
            if (applied > 0) {
                LOG.infof("Polling found %d missed answer(s) for %s %s", applied, handoff.system(),
                        handoff.agencyReference());
            }
            return true;
        } catch (AgencyRejectedException e) {
            polled(handoff, sentAt, e.status(), e.body());
            LOG.warnf("Polling answers of %s failed: %s", handoff.agencyReference(), e.getMessage());
            if (e.status() == 404) {
                followup.lost(handoff.id(), handoff.system(), e.getMessage());
            }
            return true;
        } catch (RuntimeException e) {
            LOG.infof("%s not reachable for answers of %s, will retry: %s", handoff.system(),
                    handoff.agencyReference(), e.toString());
            QuarkusTransaction.requiringNew().run(() -> markPolled(handoff));
            return false;
        }
    }

    /** The poll and its answer audited, and the handoff marked polled, in one transaction. */
    private void polled(Quiet handoff, Instant sentAt, Integer status, String body) {
        QuarkusTransaction.requiringNew().run(() -> {
            logPoll(handoff, sentAt);
            exchangeLog.received(handoff.system(), Exchange.Kind.POLL_ANSWER, handoff.id().toString(),
                    handoff.subjectId(), handoff.agencyReference(), status, body);
            markPolled(handoff);
        });
    }

    private void markPolled(Quiet handoff) {
        handoffs.lock(handoff.id()).ifPresent(h -> h.polled(Instant.now(clock)));
    }

    private void logPoll(Quiet handoff, Instant sentAt) {
        exchangeLog.sent(handoff.system(), Exchange.Kind.POLL, handoff.id().toString(), handoff.subjectId(),
                handoff.agencyReference(), "GET " + agencies.pollPath(handoff.system(), handoff.agencyReference()),
                sentAt);
    }
}
