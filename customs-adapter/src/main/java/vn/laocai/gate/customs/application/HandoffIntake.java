package vn.laocai.gate.customs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.Handoffs;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.tx.AfterCommit;

import java.time.Clock;
import java.time.Instant;

/** Opens a handoff to customs for each submitted declaration version, once. */
@ApplicationScoped
public class HandoffIntake {

    /** The consumer name under which submitted declarations are marked processed. */
    public static final String CONSUMER = "customs-adapter";

    private static final Logger LOG = Logger.getLogger(HandoffIntake.class);

    private final Handoffs handoffs;
    private final ProcessedEvents processedEvents;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final HandoffDispatcher dispatcher;

    public HandoffIntake(Handoffs handoffs, ProcessedEvents processedEvents, Clock clock,
                         TransactionSynchronizationRegistry transactions, HandoffDispatcher dispatcher) {
        this.handoffs = handoffs;
        this.processedEvents = processedEvents;
        this.clock = clock;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
    }

    /** Returns false when the event was seen before or the declaration version already has its handoff. */
    @Transactional
    public boolean accept(String eventId, DeclarationSubmitted declaration) {
        if (!processedEvents.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        if (handoffs.find(AgencySystem.VNACCS, declaration.declarationId(), declaration.version()).isPresent()) {
            LOG.infof("Declaration %s v%d already handed to customs; event %s ignored",
                    declaration.declarationId(), declaration.version(), eventId);
            return false;
        }
        Handoff handoff = Handoff.open(AgencySystem.VNACCS, declaration.declarationId(), declaration.version(),
                declaration.customsDeclarationNumber(), EventCodec.encodeToString(declaration), Instant.now(clock));
        handoffs.add(handoff);
        AfterCommit.run(transactions, HandoffDispatcher.class, dispatcher::wakeUp);
        LOG.infof("Handoff %s opened for declaration %s v%d (%s)", handoff.id(), declaration.declarationId(),
                declaration.version(), declaration.customsDeclarationNumber());
        return true;
    }
}
