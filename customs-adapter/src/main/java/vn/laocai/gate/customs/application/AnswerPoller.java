package vn.laocai.gate.customs.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.domain.CustomsAnswer;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.Handoffs;
import vn.laocai.gate.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Asks customs for the answers of handoffs that heard nothing for a while, in case a callback was
 * lost. Answers go through {@link AnswerIntake}, so ones already received are dropped there.
 */
@ApplicationScoped
public class AnswerPoller {

    private static final Logger LOG = Logger.getLogger(AnswerPoller.class);

    private final Handoffs handoffs;
    private final CustomsAgency agency;
    private final AnswerIntake intake;
    private final CustomsAdapterConfig.Answers config;
    private final Clock clock;

    public AnswerPoller(Handoffs handoffs, CustomsAgency agency, AnswerIntake intake, CustomsAdapterConfig config,
                        Clock clock) {
        this.handoffs = handoffs;
        this.agency = agency;
        this.intake = intake;
        this.config = config.answers();
        this.clock = clock;
    }

    private record Quiet(UUID id, String agencyReference) {
    }

    @Scheduled(every = "${customs.answers.poll-interval:15s}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollQuiet() {
        try {
            List<Quiet> quiet = QuarkusTransaction.requiringNew().call(() -> handoffs
                    .quietSince(Instant.now(clock).minus(config.quietPeriod()), config.batchSize())
                    .stream().map(h -> new Quiet(h.id(), h.agencyReference())).toList());
            quiet.forEach(this::poll);
        } catch (RuntimeException e) {
            LOG.warnf("Polling customs for answers paused, will retry: %s", e.getMessage());
        }
    }

    private void poll(Quiet handoff) {
        try {
            int applied = 0;
            for (CustomsAnswer answer : agency.answers(handoff.agencyReference())) {
                if (intake.receive(answer) == AnswerIntake.Outcome.APPLIED) {
                    applied++;
                }
            }
            if (applied > 0) {
                LOG.infof("Polling found %d missed answer(s) for %s", applied, handoff.agencyReference());
            }
        } catch (AgencyRejectedException | ProblemException e) {
            LOG.warnf("Polling answers of %s failed: %s", handoff.agencyReference(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.infof("Customs not reachable for answers of %s, will retry: %s", handoff.agencyReference(), e.toString());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> handoffs.lock(handoff.id()).ifPresent(h -> h.polled(Instant.now(clock))));
        }
    }
}
