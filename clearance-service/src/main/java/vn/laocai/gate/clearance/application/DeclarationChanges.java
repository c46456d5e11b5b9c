package vn.laocai.gate.clearance.application;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.outbox.Outbox;
import vn.laocai.gate.support.tx.AfterCommit;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.UUID;

/**
 * Where every use case hands a changed declaration: its events go to the outbox and what of them is
 * audited to the audit trail in the same transaction, the change is written at once (a concurrent change fails here), and live streams
 * hear of it once it is committed.
 */
@ApplicationScoped
public class DeclarationChanges {

    private final BroadcastProcessor<UUID> changes = BroadcastProcessor.create();
    private final DeclarationRepository declarations;
    private final Outbox outbox;
    private final CaseAudit audit;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<ConsignmentCleared> cleared;

    public DeclarationChanges(DeclarationRepository declarations, Outbox outbox, CaseAudit audit,
                              TransactionSynchronizationRegistry transactions, Event<ConsignmentCleared> cleared) {
        this.declarations = declarations;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.cleared = cleared;
    }

    /**
     * Publishes what the declaration recorded, writes what of it is audited ({@link CaseAudit}) and
     * announces the change after the current transaction commits; a clearance is announced as {@link ConsignmentCleared}
     * to the observers of its commit (the release note).
     */
    void publish(Declaration declaration) {
        publish(declaration, UnaryOperator.identity());
    }

    /** The same, each event as {@code completed} makes it (an officer's decision gets its signature). */
    void publish(Declaration declaration, UnaryOperator<GateEvent> completed) {
        List<GateEvent> events = declaration.drainEvents().stream().map(completed).toList();
        audit.recordAll(declaration, events);
        outbox.recordAll(events);
        declarations.flush();
        // the release note is issued once this commits (ReleaseNoteOnClearance)
        events.stream().filter(ConsignmentCleared.class::isInstance).map(ConsignmentCleared.class::cast).forEach(cleared::fire);
        UUID id = declaration.id();
        AfterCommit.run(transactions, "declaration-changed-" + id, () -> changes.onNext(id));
    }

    /** The ids of declarations as they change. */
    public Multi<UUID> stream() {
        return changes;
    }

    /** Touches the lazy collections so views can be built outside the transaction. */
    static Declaration loaded(Declaration d) {
        d.declared().goodsLines().size();
        d.timeline().size();
        d.documents().attached().size();
        d.documents().required().size();
        d.clearance().steps().size();
        d.clearance().holds().size();
        d.clearance().borderCleared().size();
        d.clearance().outcomes().size();
        d.clearance().rejectedQuantities().size();
        d.links().size();
        return d;
    }
}
