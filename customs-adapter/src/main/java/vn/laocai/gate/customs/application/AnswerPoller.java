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
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reconciliation: asks the agency systems for the answers of handoffs that heard nothing for a
 * while. This is how answers of systems without callbacks arrive, and how answers missed while a
 * callback failed or an agency (or this adapter) was down are found. Answers go through
 * {@link AnswerIntake}, so ones already received are dropped there. A system that fails is left
 * alone for the rest of the run.
 */
@ApplicationScoped
public class AnswerPoller {

    private static final Logger LOG = Logger.getLogger(AnswerPoller.class);

    private final HandoffRepository handoffs;
    private final Agencies agencies;
    private final AnswerIntake intake;
    private final HandoffFollowup followup;
    private final ExchangeLog exchangeLog;
    private final CustomsConfig.Answers config;
    private final Clock clock;

    public AnswerPoller(HandoffRepository handoffs, Agencies agencies, AnswerIntake intake, HandoffFollowup followup,
                        ExchangeLog exchangeLog, CustomsConfig config, Clock clock) {
        this.followup = followup;
        this.handoffs = handoffs;
        this.agencies = agencies;
        this.intake = intake;
        this.exchangeLog = exchangeLog;
        this.config = config.answers();
        this.clock = clock;
    }

    private record Quiet(UUID id, AgencySystem system, String subjectId, String agencyReference) {
    }

    @Scheduled(every = "${gate.customs.answers.poll-interval:5s}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollQuiet() {
        try {
            List<Quiet> quiet = QuarkusTransaction.requiringNew().call(() -> handoffs
                    .quietSince(Instant.now(clock).minus(config.quietPeriod()),
                            Instant.now(clock).minus(config.pollOnlyPeriod()), config.batchSize())
                    .stream().map(h -> new Quiet(h.id(), h.agencySystem(), h.subjectId(), h.agencyReference())).toList());
            Set<AgencySystem> unavailable = EnumSet.noneOf(AgencySystem.class);
            for (Quiet handoff : quiet) {
                if (!unavailable.contains(handoff.system()) && !poll(handoff)) {
                    unavailable.add(handoff.system());
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Polling for answers paused, will retry: %s", e.getMessage());
        }
    }

    /** Returns false when the system could not be reached. */
    private boolean poll(Quiet handoff) {
        Instant sentAt = Instant.now(clock);
        String correlation = handoff.id().toString();
        try {
            Agencies.Polled polled = agencies.answers(handoff.system(), handoff.agencyReference());
            QuarkusTransaction.requiringNew().run(() -> {
                logPoll(handoff, sentAt);
                exchangeLog.received(handoff.system(), Exchange.Kind.POLL_ANSWER, correlation, handoff.subjectId(),
                        handoff.agencyReference(), polled.status(), polled.body());
            });
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
            QuarkusTransaction.requiringNew().run(() -> {
                logPoll(handoff, sentAt);
                exchangeLog.received(handoff.system(), Exchange.Kind.POLL_ANSWER, correlation, handoff.subjectId(),
                        handoff.agencyReference(), e.status(), e.body());
            });
            LOG.warnf("Polling answers of %s failed: %s", handoff.agencyReference(), e.getMessage());
            if (e.status() == 404) {
                followup.lost(handoff.id(), handoff.system(), e.getMessage());
            }
            return true;
        } catch (RuntimeException e) {
            LOG.infof("%s not reachable for answers of %s, will retry: %s", handoff.system(),
                    handoff.agencyReference(), e.toString());
            return false;
        } finally {
            QuarkusTransaction.requiringNew().run(() -> handoffs.lock(handoff.id())
                    .ifPresent(h -> h.polled(Instant.now(clock))));
        }
    }

    private void logPoll(Quiet handoff, Instant sentAt) {
        exchangeLog.sent(handoff.system(), Exchange.Kind.POLL, handoff.id().toString(), handoff.subjectId(),
                handoff.agencyReference(), "GET " + agencies.pollPath(handoff.system(), handoff.agencyReference()),
                sentAt);
    }
}
