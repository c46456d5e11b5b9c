package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.CustomsAnswer;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.Handoffs;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.outbox.Outbox;
import vn.laocai.gate.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Applies answers of customs, from callbacks and from polling alike: each answer once (by its
 * message id), the handoff's change and the events it causes in one transaction.
 */
@ApplicationScoped
public class AnswerIntake {

    /** The consumer name under which answer message ids are marked processed. */
    public static final String CONSUMER = "customs-answers";

    private static final Logger LOG = Logger.getLogger(AnswerIntake.class);

    public enum Outcome {
        APPLIED, DUPLICATE
    }

    private final Handoffs handoffs;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Clock clock;

    public AnswerIntake(Handoffs handoffs, ProcessedEvents processedEvents, Outbox outbox, Clock clock) {
        this.handoffs = handoffs;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404 when no handoff carries the answer's agency reference
     */
    @Transactional
    public Outcome receive(CustomsAnswer answer) {
        if (!processedEvents.markProcessed(answer.messageId(), CONSUMER)) {
            return Outcome.DUPLICATE;
        }
        Handoff handoff = handoffs.lockByAgencyReference(AgencySystem.VNACCS, answer.agencyReference())
                .orElseThrow(() -> ProblemException.notFound("Handoff with agency reference", answer.agencyReference()));
        List<GateEvent> events = handoff.apply(answer, Instant.now(clock));
        outbox.recordAll(events);
        LOG.infof("Answer %s %s for %s applied: handoff %s now %s, %d event(s)", answer.type(), answer.messageId(),
                answer.agencyReference(), handoff.id(), handoff.state(), events.size());
        return Outcome.APPLIED;
    }
}
