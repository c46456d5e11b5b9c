package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.domain.AgencyAnswer;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies answers of the agency systems, from callbacks and from polling alike: each answer once
 * (by its message id), the handoff's change and the events it causes in one transaction.
 */
@ApplicationScoped
public class AnswerIntake {

    /** The consumer name under which answer message ids are marked processed. */
    public static final String CONSUMER = "customs-answers";

    private static final Logger LOG = Logger.getLogger(AnswerIntake.class);

    public enum Outcome {
        APPLIED, DUPLICATE, UNKNOWN_REFERENCE
    }

    private final HandoffRepository handoffs;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final ExchangeLog exchangeLog;
    private final Clock clock;

    public AnswerIntake(HandoffRepository handoffs, ProcessedEvents processedEvents, Outbox outbox, ExchangeLog exchangeLog,
                        Clock clock) {
        this.handoffs = handoffs;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.exchangeLog = exchangeLog;
        this.clock = clock;
    }

    /**
     * An answer pushed by the agency: kept in the audit trail as received (duplicates and unknown
     * references too), then applied once. UNKNOWN_REFERENCE is not remembered, so a retry after the
     * handoff has recorded its acceptance is applied.
     */
    @Transactional
    public Outcome pushed(AgencySystem system, AgencyAnswer answer, String payload) {
        Optional<Handoff> handoff = handoffs.lockByAgencyReference(system, answer.agencyReference());
        exchangeLog.received(system, Exchange.Kind.CALLBACK,
                handoff.map(h -> h.id().toString()).orElse(answer.messageId()),
                handoff.map(Handoff::subjectId).orElse(null), answer.agencyReference(), null, payload);
        return handoff.map(h -> apply(h, answer)).orElse(Outcome.UNKNOWN_REFERENCE);
    }

    /** An answer found by polling (the poll itself is in the audit trail). */
    @Transactional
    public Outcome polled(AgencySystem system, AgencyAnswer answer) {
        return handoffs.lockByAgencyReference(system, answer.agencyReference())
                .map(h -> apply(h, answer)).orElse(Outcome.UNKNOWN_REFERENCE);
    }

    private Outcome apply(Handoff handoff, AgencyAnswer answer) {
        if (!processedEvents.markProcessed(answer.messageId(), CONSUMER)) {
            return Outcome.DUPLICATE;
        }
        handoff.apply(answer, Instant.now(clock));
        List<GateEvent> events = handoff.drainEvents();
        outbox.recordAll(events);
        LOG.infof("Answer %s %s for %s applied: handoff %s now %s, %d event(s)", answer.type(), answer.messageId(),
                answer.agencyReference(), handoff.id(), handoff.state(), events.size());
        return Outcome.APPLIED;
    }
}
