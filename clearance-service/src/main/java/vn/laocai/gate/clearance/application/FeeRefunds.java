package vn.laocai.gate.clearance.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.FeeRefund;
import vn.laocai.gate.clearance.domain.FeeRefundRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Refunds through the payment provider what was paid beyond a fee lowered by a reassessment. The reassessment orders
 * the refund on the declaration ({@code FeeAccount#refundDueVnd}); in the same transaction a {@link FeeRefund} row is
 * written for it ({@link #order}), sent once that commits, and, while the provider refuses or cannot be reached,
 * sent again every {@code gate.clearance.fee-refund.retry-every} under the same refund key (the provider's
 * idempotency key: a retry gives back nothing more). The provider is called outside any transaction; its
 * confirmation is recorded in one of its own, with the row locked, so a refund confirmed twice counts once.
 */
@ApplicationScoped
public class FeeRefunds {

    private static final Logger LOG = Logger.getLogger(FeeRefunds.class);
    private static final int BATCH = 100;

    private final FeeRefundRepository refunds;
    private final DeclarationRepository declarations;
    private final DeclarationChanges changes;
    private final CaseAudit audit;
    private final PaymentProvider provider;
    private final Event<Ordered> ordered;
    private final Clock clock;

    public FeeRefunds(FeeRefundRepository refunds, DeclarationRepository declarations, DeclarationChanges changes, CaseAudit audit,
                      PaymentProvider provider, Event<Ordered> ordered, Clock clock) {
        this.refunds = refunds;
        this.declarations = declarations;
        this.changes = changes;
        this.audit = audit;
        this.provider = provider;
        this.ordered = ordered;
        this.clock = clock;
    }

    /** A refund was ordered in the transaction that is committing. */
    record Ordered(UUID refundId) {
    }

    /**
     * In the transaction of a reassessment: the refund the declaration now owes beyond those already ordered, written
     * as a row (none when nothing more is owed, so a repeated reassessment orders nothing).
     */
    void order(Declaration declaration) {
        long rows = refunds.of(declaration.id()).stream().filter(r -> r.state() == FeeRefund.State.PENDING)
                .mapToLong(FeeRefund::amountVnd).sum();
        long owed = declaration.fee().refundDueVnd() - rows;
        if (owed <= 0) {
            return;
        }
        String key = declaration.id() + "-v" + declaration.declarationVersion() + "-refund";
        FeeRefund refund = FeeRefund.ordered(declaration.id(), key, declaration.fee().paymentReference(), owed,
                "Phi ha tang tinh lai " + declaration.fee().amountVnd() + " VND theo phien ban " + declaration.declarationVersion()
                        + " cua to khai " + declaration.customsDeclarationNumber() + ": hoan " + owed + " VND",
                Instant.now(clock));
        refunds.add(refund);
        audit.refundOrdered(declaration.id().toString(), refund);
        ordered.fire(new Ordered(refund.id()));
    }

    void onOrdered(@Observes(during = TransactionPhase.AFTER_SUCCESS) Ordered refund) {
        try {
            // the committed transaction is still the thread's here: each step needs one of its own
            send(refund.refundId());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Fee refund %s not sent yet; it will be at the next retry", refund.refundId());
        }
    }

    @Scheduled(every = "${gate.clearance.fee-refund.retry-every:30s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendPending();
    }

    /**
     * Sends every refund still waiting for the provider's confirmation.
     *
     * @return how many the provider confirmed now
     */
    public int sendPending() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> refunds.pending(BATCH));
        int confirmed = 0;
        for (UUID id : pending) {
            try {
                if (send(id)) {
                    confirmed++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Fee refund %s not recorded; it will be sent again", id);
            }
        }
        return confirmed;
    }

    /** Sends one refund if it still waits: true when the provider confirmed it now. */
    boolean send(UUID id) {
        FeeRefund refund = QuarkusTransaction.requiringNew().call(() -> refunds.locked(id)
                .filter(r -> r.state() == FeeRefund.State.PENDING).orElse(null));
        if (refund == null) {
            return false;
        }
        PaymentProvider.Refunded answer;
        try {
            answer = provider.refund(new PaymentProvider.RefundOrder(refund.paymentReference(), refund.refundKey(),
                    refund.amountVnd(), refund.reason()));
        } catch (PaymentProvider.PaymentFailedException e) {
            LOG.warnf("Fee refund %s (%d VND of payment %s) failed: %s", refund.refundKey(), refund.amountVnd(),
                    refund.paymentReference(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> refunds.locked(id).ifPresent(r -> {
                r.failed(e.getMessage());
                audit.refundFailed(r, e.getMessage());
            }));
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> confirmed(id, answer));
    }

    private boolean confirmed(UUID id, PaymentProvider.Refunded answer) {
        FeeRefund refund = refunds.locked(id).orElseThrow();
        Instant now = Instant.now(clock);
        if (!refund.refunded(answer.refundReference(), now)) {
            return false;
        }
        Declaration declaration = declarations.existing(refund.declarationId());
        declaration.feeRefunded(refund.amountVnd(), refund.paymentReference(), answer.refundReference(), refund.reason(), now);
        changes.publish(declaration);
        LOG.infof("Fee of declaration %s: %d VND refunded, refund %s", refund.declarationId(), refund.amountVnd(),
                answer.refundReference());
        return true;
    }
}
