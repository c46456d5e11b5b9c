package vn.laocai.gate.clearance.application;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.laocai.gate.support.tx.AfterCommit;

import java.util.UUID;

/** Tells live streams which declarations changed, once the change is committed. */
@ApplicationScoped
public class DeclarationChanges {

    private final BroadcastProcessor<UUID> changes = BroadcastProcessor.create();
    private final TransactionSynchronizationRegistry transactions;

    public DeclarationChanges(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Announces a change of {@code id} after the current transaction commits. */
    void changedAfterCommit(UUID id) {
        AfterCommit.run(transactions, "declaration-changed-" + id, () -> changes.onNext(id));
    }

    /** The ids of declarations as they change. */
    public Multi<UUID> stream() {
        return changes;
    }
}
