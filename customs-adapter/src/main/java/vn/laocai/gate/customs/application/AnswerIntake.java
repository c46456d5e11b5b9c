package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.domain.AgencyAnswer;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.AnswerSubject;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;
import vn.laocai.gate.support.inbox.ProcessedEvents;

import java.time.Clock;
import java.time.Instant;
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
        APPLIED, DUPLICATE,
        /** No handoff of that system carries the reference (another system's reference included). */
        UNKNOWN_REFERENCE,
        /** The reference is the system's, but the answer names another subject or version: nothing applied. */
        OTHER_HANDOFF
    }

    /** What became of a pushed answer; {@code field} names the answer field that names another handoff. */
    public record Pushed(Outcome outcome, String field) {
    }

    private final HandoffRepository handoffs;
    private final ProcessedEvents processedEvents;
    private final HandoffChanges changes;
    private final ExchangeLog exchangeLog;
    private final Clock clock;

    public AnswerIntake(HandoffRepository handoffs, ProcessedEvents processedEvents, HandoffChanges changes,
                        ExchangeLog exchangeLog, Clock clock) {
        this.handoffs = handoffs;
        this.processedEvents = processedEvents;
        this.changes = changes;
        this.exchangeLog = exchangeLog;
        this.clock = clock;
    }

    /**
     * An answer pushed by the agency: kept in the audit trail as received (duplicates, unknown
     * references and answers about another handoff too), then applied once, and only to the handoff of
     * {@code system} that carries the reference and is the subject (and version) the answer names.
     * Neither UNKNOWN_REFERENCE nor OTHER_HANDOFF is remembered, so a retry after the handoff has
     * recorded its acceptance is applied.
     */
    @Transactional
    public Pushed pushed(AgencySystem system, AgencyAnswer answer, AnswerSubject subject, String payload) {
        Optional<Handoff> handoff = handoffs.lockByAgencyReference(system, answer.agencyReference());
        exchangeLog.received(system, Exchange.Kind.CALLBACK,
                handoff.map(h -> h.id().toString()).orElse(answer.messageId()),
                handoff.map(Handoff::subjectId).orElse(null), answer.agencyReference(), null, payload);
        if (handoff.isEmpty()) {
            return new Pushed(Outcome.UNKNOWN_REFERENCE, "agencyReference");
        }
        Optional<String> misnamed = subject.misnames(handoff.get());
        if (misnamed.isPresent()) {
            LOG.warnf("Answer %s of %s for %s names another %s than handoff %s: not applied", answer.messageId(),
                    system, answer.agencyReference(), misnamed.get(), handoff.get().id());
            return new Pushed(Outcome.OTHER_HANDOFF, misnamed.get());
        }
        return new Pushed(apply(handoff.get(), answer), null);
    }

    /**
     * An answer found by polling (the poll itself is in the audit trail); one that names another
     * subject than the handoff carrying its reference is left out.
     */
    @Transactional
    public Outcome polled(AgencySystem system, AgencyAnswer answer, AnswerSubject subject) {
        Optional<Handoff> handoff = handoffs.lockByAgencyReference(system, answer.agencyReference());
        if (handoff.isEmpty()) {
            return Outcome.UNKNOWN_REFERENCE;
        }
        if (subject.named() && subject.misnames(handoff.get()).isPresent()) {
            LOG.warnf("Polled answer %s of %s for %s names another subject than handoff %s: left out",
                    answer.messageId(), system, answer.agencyReference(), handoff.get().id());
            return Outcome.OTHER_HANDOFF;
        }
        return apply(handoff.get(), answer);
    }

    private Outcome apply(Handoff handoff, AgencyAnswer answer) {
        if (!processedEvents.markProcessed(answer.messageId(), CONSUMER)) {
            return Outcome.DUPLICATE;
        }
        changes.changed(handoff, h -> h.apply(answer, Instant.now(clock)));
        LOG.infof("Answer %s %s for %s applied: handoff %s now %s", answer.type(), answer.messageId(),
                answer.agencyReference(), handoff.id(), handoff.state());
        return Outcome.APPLIED;
    }
}
