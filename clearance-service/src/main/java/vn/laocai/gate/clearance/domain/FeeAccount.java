package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.events.FeePaid;
import vn.laocai.gate.events.FeeRefunded;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;

/**
 * The infrastructure-use fee of a consignment: what the tariff charges, what was paid, and the
 * payment's reference and e-invoice. Assessed at submission and again after an amendment (more to
 * pay reopens the fee step, less to pay than was paid orders a refund of the difference); paid once per reference,
 * exactly what is due.
 */
@Embeddable
public class FeeAccount {

    @Column(name = "fee_amount_vnd", nullable = false)
    private long amountVnd;

    @Column(name = "fee_paid_vnd", nullable = false)
    private long paidVnd;

    /** Given back by the payment provider after a reassessment lowered the fee. */
    @Column(name = "fee_refunded_vnd", nullable = false)
    private long refundedVnd;

    /** Ordered to be given back, not yet confirmed by the payment provider. */
    @Column(name = "fee_refund_due_vnd", nullable = false)
    private long refundDueVnd;

    @Column(name = "fee_breakdown")
    private String breakdown;

    @Column(name = "tariff_version")
    private String tariffVersion;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(name = "fee_paid_at")
    private Instant paidAt;

    protected FeeAccount() {
    }

    static FeeAccount none() {
        return new FeeAccount();
    }

    /**
     * Takes the tariff's assessment and moves the fee step: assessed when it waited for one, reopened when an
     * amendment leaves more to pay. Records {@link FeeAssessed} unless nothing changed.
     */
    void assess(Declaration declaration, FeeAssessment assessment, Instant now) {
        ClearanceCase clearance = declaration.clearance();
        CaseStep step = clearance.step(ClearanceStep.FEE_PAYMENT);
        if (!step.required()) {
            return;
        }
        long previous = amountVnd;
        amountVnd = assessment.totalVnd();
        breakdown = assessment.breakdown();
        tariffVersion = assessment.tariffVersion();
        if (step.state() == StepState.PENDING) {
            clearance.move(declaration, step, StepDecision.ASSESS, StepState.FEE_ASSESSED, Declaration.PLATFORM,
                    DecisionSource.PLATFORM, breakdown, now);
        } else if (step.done() && outstandingVnd() > 0) {
            step.restart(StepState.PENDING, now);
            clearance.move(declaration, step, StepDecision.ASSESS, StepState.FEE_ASSESSED, Declaration.PLATFORM,
                    DecisionSource.PLATFORM, "reassessed after an amendment: " + outstandingVnd() + " VND more to pay", now);
        } else if (previous == amountVnd) {
            return;
        }
        declaration.record(new FeeAssessed(declaration.id().toString(), amountVnd, outstandingVnd(), tariffVersion, breakdown, now));
        long excess = netPaidVnd() - amountVnd;
        if (excess > 0) {
            refundDueVnd += excess;
            declaration.note(now, "FEE_REFUND_ORDERED", Declaration.PLATFORM, excess + " VND paid beyond the fee reassessed at "
                    + amountVnd + " VND to be refunded", "amount", excess, "fee", amountVnd);
        }
    }

    /**
     * The payment provider confirmed a refund ordered by a reassessment ({@link #refundDueVnd}).
     *
     * @throws RuleViolation when more is confirmed than was ordered
     */
    void refunded(Declaration declaration, long amount, String refundedPayment, String refundReference, String reason, Instant now) {
        if (amount <= 0 || amount > refundDueVnd) {
            throw new RuleViolation("refund-not-due", "amountVnd", "amountVnd: " + amount + " VND refunded, "
                    + refundDueVnd + " VND ordered").with("refunded", amount).with("due", refundDueVnd);
        }
        refundDueVnd -= amount;
        refundedVnd += amount;
        declaration.note(now, "FEE_REFUNDED", Declaration.PLATFORM, amount + " VND refunded by the payment provider, refund "
                + refundReference, "amount", amount, "reference", refundReference);
        declaration.record(new FeeRefunded(declaration.id().toString(), amount, refundedPayment, refundReference, reason, now));
    }

    /** What was paid and is not given back nor ordered to be. */
    private long netPaidVnd() {
        return paidVnd - refundedVnd - refundDueVnd;
    }

    /**
     * The fee was paid through the payment provider. Paying again with the same reference changes nothing.
     *
     * @throws RuleViolation when the fee is not waiting for payment or the amount is not what is due
     */
    void pay(Declaration declaration, long amount, String reference, String invoice, String payer, Instant now) {
        ClearanceCase clearance = declaration.clearance();
        CaseStep step = clearance.step(ClearanceStep.FEE_PAYMENT);
        if (reference.equals(paymentReference) && step.done()) {
            return;
        }
        clearance.requireOpen(ClearanceStep.FEE_PAYMENT.name());
        if (step.state() != StepState.FEE_ASSESSED) {
            throw RuleViolation.conflict("illegal-transition", "step", ClearanceStep.FEE_PAYMENT + ": PAY is not allowed in state "
                    + step.state() + "; legal there: " + StepTransitions.legalIn(ClearanceStep.FEE_PAYMENT, step.state()))
                    .with("step", ClearanceStep.FEE_PAYMENT).with("decision", StepDecision.PAY).with("state", step.state())
                    .with("legal", ClearanceCase.codes(StepTransitions.legalIn(ClearanceStep.FEE_PAYMENT, step.state()))).with("decided", null);
        }
        if (amount != outstandingVnd()) {
            throw new RuleViolation("amount-mismatch", "amountVnd",
                    "amountVnd: " + amount + " VND paid, " + outstandingVnd() + " VND due")
                    .with("paid", amount).with("due", outstandingVnd());
        }
        paidVnd += amount;
        paymentReference = reference;
        invoiceNumber = invoice;
        paidAt = now;
        clearance.move(declaration, step, StepDecision.PAY, StepState.DONE, payer, DecisionSource.PLATFORM,
                "payment " + reference + ", e-invoice " + invoice, now);
        declaration.record(new FeePaid(declaration.id().toString(), amount, reference, invoice, payer, now));
    }

    /** What remains to pay, in VND. */
    public long outstandingVnd() {
        return Math.max(0, amountVnd - netPaidVnd());
    }

    /** What the payment provider gave back so far. */
    public long refundedVnd() {
        return refundedVnd;
    }

    /** What is ordered to be given back and not yet confirmed by the payment provider. */
    public long refundDueVnd() {
        return refundDueVnd;
    }

    public long amountVnd() {
        return amountVnd;
    }

    public long paidVnd() {
        return paidVnd;
    }

    public String breakdown() {
        return breakdown;
    }

    public String tariffVersion() {
        return tariffVersion;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
