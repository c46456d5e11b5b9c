package vn.laocai.gate.queue.application;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.support.tx.AfterCommit;

/**
 * Tells the live views (a driver's booking, the yard board) that a direction's queue changed,
 * once the change is committed: REST actions and Kafka events alike go through here. It is in
 * process: with several instances each one's views hear its own changes at once, and the others'
 * at the next periodic refresh ({@code gate.queue.yard.live-refresh}).
 */
@ApplicationScoped
public class YardNotifier {

    /** What changed: a direction, and the booking if one booking changed. */
    public record Change(Direction direction, String bookingCode) {
    }

    private final BroadcastProcessor<Change> changes = BroadcastProcessor.create();
    private final TransactionSynchronizationRegistry transactions;

    public YardNotifier(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Announces the change after the current transaction commits (once per booking and transaction). */
    public void changed(Direction direction, String bookingCode) {
        Change change = new Change(direction, bookingCode);
        AfterCommit.run(transactions, change, () -> changes.onNext(change));
    }

    public Multi<Change> changes() {
        return changes;
    }
}
