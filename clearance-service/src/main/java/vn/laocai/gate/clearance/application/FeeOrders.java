package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The transactions around a fee payment: the order to pay what is due, and the receipt (or the failure) recorded. */
@ApplicationScoped
public class FeeOrders {

    private final DeclarationRepository declarations;
    private final DeclarationChanges changes;
    private final CaseAudit audit;
    private final FeeInvoices invoices;
    private final Clock clock;

    public FeeOrders(DeclarationRepository declarations, DeclarationChanges changes, CaseAudit audit, FeeInvoices invoices, Clock clock) {
        this.declarations = declarations;
        this.invoices = invoices;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The order to pay the fee now due, for a trader of the declaration or a fee officer.
     *
     * @throws RuleViolation (409) when nothing is due
     */
    @Transactional
    public PaymentProvider.Order order(UUID id, String account, boolean officer) {
        Declaration declaration = officer ? declarations.existing(id) : declarations.owned(id, account);
        if (!declaration.feeDue()) {
            throw RuleViolation.conflict("illegal-transition", "step", ClearanceStep.FEE_PAYMENT + ": PAY is not allowed in state "
                    + declaration.clearance().step(ClearanceStep.FEE_PAYMENT).state() + " of a "
                    + declaration.clearance().status() + " consignment").keyed("fee-not-due")
                    .with("state", declaration.clearance().step(ClearanceStep.FEE_PAYMENT).state()).with("status", declaration.clearance().status());
        }
        return new PaymentProvider.Order(id + "-v" + declaration.declarationVersion() + "-" + declaration.fee().paidVnd(),
                declaration.declared().declarant().taxCode(), declaration.declared().declarant().name(), declaration.fee().outstandingVnd(),
                "Phi su dung ket cau ha tang cua khau Kim Thanh, to khai " + declaration.customsDeclarationNumber()
                        + ": " + declaration.fee().breakdown());
    }

    /** The provider refused the order or could not be reached: on the audit trail, nothing else changes. */
    @Transactional
    public void failed(UUID id, PaymentProvider.Order order, String payer, String reason) {
        audit.paymentFailed(id.toString(), payer, order, reason);
    }

    /** Records what the payment provider answered, its e-invoice checked and kept. */
    @Transactional
    public Declaration paid(UUID id, PaymentProvider.Receipt receipt, String payer) {
        Declaration declaration = declarations.existing(id);
        declaration.feePaid(receipt.amountVnd(), receipt.paymentReference(), receipt.invoiceNumber(), payer, Instant.now(clock));
        invoices.receive(id, receipt);
        changes.publish(declaration);
        return DeclarationChanges.loaded(declaration);
    }
}
