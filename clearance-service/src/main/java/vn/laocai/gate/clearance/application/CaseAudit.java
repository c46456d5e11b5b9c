package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.clearance.domain.CaseStep;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.DecisionSource;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.FeeRefund;
import vn.laocai.gate.clearance.domain.Hold;
import vn.laocai.gate.events.ClearanceStepDecided;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.InspectionOutcomeRecorded;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.events.FeePaid;
import vn.laocai.gate.events.FeeRefunded;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.audit.AuditTrail;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What of a clearance case goes on the service's audit trail, in the transaction of the change: an
 * officer's decision on a step ({@code CASE_STEP_DECIDED}), an agency system's answer that moved one
 * ({@code AGENCY_ANSWER_APPLIED}, actor {@code system:<agency>}), every hold placed or lifted
 * ({@code CASE_HELD}, {@code CASE_HOLD_LIFTED}), the fee assessed, paid or its payment failed
 * ({@code FEE_ASSESSED}, {@code FEE_PAID}, {@code FEE_PAYMENT_FAILED}), a refund of a fee lowered after payment ordered,
 * failed or made ({@code FEE_REFUND_ORDERED}, {@code FEE_REFUND_FAILED}, {@code FEE_REFUNDED}), the consignment rejected
 * ({@code DECLARATION_REJECTED}), an outcome after a failed inspection ordered and carried out
 * ({@code INSPECTION_OUTCOME_ORDERED}, {@code INSPECTION_OUTCOME_CARRIED_OUT}) and a link undone by a withdrawn consent ({@code BOOKING_LINK_UNDONE}).
 * Read from the events each change records, so that no use case can change the case unaudited.
 */
@ApplicationScoped
public class CaseAudit {

    /** Who the platform itself is on the audit trail. */
    static final String PLATFORM = "system:clearance";

    private final AuditTrail trail;

    public CaseAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** The entries of the events one change of the declaration recorded. */
    void recordAll(Declaration declaration, List<GateEvent> events) {
        for (GateEvent event : events) {
            if (event instanceof ClearanceStepDecided decided) {
                stepDecided(declaration, decided);
            } else if (event instanceof ConsignmentHeld held && !Hold.BOOKING_CONSENT.equals(held.step())) {
                placed(declaration, held.step(), held.reason());
            } else if (event instanceof ConsignmentHoldLifted lifted) {
                liftedHold(declaration, lifted);
            } else if (event instanceof FeeAssessed fee) {
                trail.record(PLATFORM, "FEE_ASSESSED", fee.declarationId(), fee.breakdown(), details("amountVnd", fee.amountVnd(),
                        "outstandingVnd", fee.outstandingVnd(), "tariffVersion", fee.tariffVersion()));
            } else if (event instanceof FeePaid paid) {
                trail.record(paid.paidBy(), "FEE_PAID", paid.declarationId(), null, details("amountVnd", paid.amountVnd(),
                        "paymentReference", paid.paymentReference(), "invoiceNumber", paid.invoiceNumber()));
            } else if (event instanceof FeeRefunded refunded) {
                trail.record(PLATFORM, "FEE_REFUNDED", refunded.declarationId(), refunded.reason(), details("amountVnd",
                        refunded.amountVnd(), "paymentReference", refunded.paymentReference(), "refundReference", refunded.refundReference()));
            } else if (event instanceof InspectionOutcomeRecorded outcome) {
                trail.record(outcome.recordedBy(), "INSPECTION_OUTCOME_" + outcome.state(), outcome.declarationId(), outcome.reason(),
                        details("step", outcome.step(), "outcome", outcome.outcome(), "outcomeNumber", outcome.outcomeNumber(),
                                "disposal", outcome.disposal(), "reference", outcome.reference()));
            } else if (event instanceof ConsignmentRejected rejected) {
                CaseStep step = declaration.clearance().step(ClearanceStep.valueOf(rejected.step()));
                trail.record(actor(step.decidedBy(), step.decidedThrough()), "DECLARATION_REJECTED", rejected.declarationId(),
                        rejected.reason(), details("step", rejected.step(), "version", declaration.declarationVersion()));
            }
        }
    }

    /** A withdrawn consent undid the link to a booking and held the consignment ({@link Declaration#bookingConsentWithdrawn}). */
    void linkUndone(Declaration declaration, Hold hold, String bookingCode, String consentId) {
        String id = declaration.id().toString();
        trail.record("system:" + hold.placedBy(), "BOOKING_LINK_UNDONE", id, hold.reason(),
                details("bookingCode", bookingCode, "consentId", consentId));
        trail.record("system:" + hold.placedBy(), "CASE_HELD", id, hold.reason(),
                details("step", hold.step(), "holdNumber", hold.number()));
    }

    /** A share link of the consignment's traceability record was made. */
    void traceabilityShared(vn.laocai.gate.clearance.domain.TraceabilityLink link) {
        trail.record(link.createdBy(), "TRACEABILITY_LINK_CREATED", link.declarationId().toString(), null,
                details("linkId", link.id(), "expiresAt", link.expiresAt()));
    }

    /** A share link of the consignment's traceability record was revoked. */
    void traceabilityRevoked(vn.laocai.gate.clearance.domain.TraceabilityLink link) {
        trail.record(link.revokedBy(), "TRACEABILITY_LINK_REVOKED", link.declarationId().toString(), null,
                details("linkId", link.id(), "createdBy", link.createdBy()));
    }

    /** The provider refused the payment or could not be reached; nothing was paid. */
    void paymentFailed(String declarationId, String payer, PaymentProvider.Order order, String reason) {
        trail.record(payer, "FEE_PAYMENT_FAILED", declarationId, reason,
                details("orderId", order.orderId(), "amountVnd", order.amountVnd()));
    }

    /** A reassessment lowered a paid fee: the difference ordered to be refunded. */
    void refundOrdered(String declarationId, FeeRefund refund) {
        trail.record(PLATFORM, "FEE_REFUND_ORDERED", declarationId, refund.reason(), details("amountVnd", refund.amountVnd(),
                "paymentReference", refund.paymentReference(), "refundKey", refund.refundKey()));
    }

    /** The provider refused the refund or could not be reached; it is sent again. */
    void refundFailed(FeeRefund refund, String reason) {
        trail.record(PLATFORM, "FEE_REFUND_FAILED", refund.declarationId().toString(), reason, details("amountVnd",
                refund.amountVnd(), "refundKey", refund.refundKey(), "attempts", refund.attempts()));
    }

    private void stepDecided(Declaration declaration, ClearanceStepDecided decided) {
        DecisionSource source = DecisionSource.valueOf(decided.source());
        if (source == DecisionSource.PLATFORM) {
            return; // the fee's assessment and payment, audited as such
        }
        trail.record(actor(decided.decidedBy(), source), source == DecisionSource.OFFICER ? "CASE_STEP_DECIDED" : "AGENCY_ANSWER_APPLIED",
                decided.declarationId(), decided.reason(), details("step", decided.step(), "decision", decided.decision(),
                        "fromState", decided.fromState(), "toState", decided.toState(), "version", decided.version()));
    }

    /** A hold placed; the consignment no longer ready without a hold (waiting for the customs channel) is none. */
    private void placed(Declaration declaration, String step, String reason) {
        latest(declaration, step, reason, true).ifPresent(h -> trail.record(actor(h.placedBy(), h.placedThrough()), "CASE_HELD",
                declaration.id().toString(), reason, details("step", step, "holdNumber", h.number())));
    }

    private void liftedHold(Declaration declaration, ConsignmentHoldLifted lifted) {
        Optional<Hold> hold = latest(declaration, lifted.step(), lifted.reason(), false);
        trail.record(Declaration.PLATFORM.equals(lifted.liftedBy()) ? PLATFORM : lifted.liftedBy(), "CASE_HOLD_LIFTED",
                lifted.declarationId(), lifted.reason(), details("step", lifted.step(), "holdNumber", hold.map(Hold::number).orElse(null)));
    }

    private static Optional<Hold> latest(Declaration declaration, String step, String reason, boolean open) {
        return declaration.clearance().holds().stream()
                .filter(h -> h.open() == open && h.step().equals(step) && h.reason().equals(reason))
                .max(Comparator.comparingInt(Hold::number));
    }

    /** An officer by their account; an agency system or the platform as {@code system:<name>}. */
    static String actor(String name, DecisionSource source) {
        if (source == DecisionSource.OFFICER) {
            return name;
        }
        return Declaration.PLATFORM.equals(name) || name == null ? PLATFORM : "system:" + name;
    }

    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }
}
