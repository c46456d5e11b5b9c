package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.support.domain.Message;

import java.time.Instant;
import java.util.Locale;

/**
 * What an agency system answered about a consignment (customs through VNACCS, quarantine, the border
 * guard, the National Single Window, or the hand-off to one of them), in the clearance case's words.
 * Each kind knows which step it moves and which versions of the declaration it may speak of: an answer
 * about a version whose data the agency no longer works on is stale and changes nothing. Handed to
 * {@link Declaration#answer(AgencyAnswer)}, the one entry point for agency answers.
 */
public sealed interface AgencyAnswer {

    String VNACCS = "VNACCS";
    String QUARANTINE = "QUARANTINE";
    String BORDER_GUARD = "BORDER_GUARD";
    String NSW = "NSW";

    /** Applies the answer to the declaration's case; called by {@link Declaration#answer(AgencyAnswer)}. */
    void applyTo(Declaration declaration);

    /** Customs assigned a control channel: GREEN, YELLOW or RED. */
    record ChannelAssigned(int version, String channel, String reference, Instant at) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (!declaration.versions().customsWorksOn(version)) {
                return;
            }
            ClearanceCase clearance = declaration.clearance();
            StepDecision decision = StepDecision.valueOf("ASSIGN_" + channel.toUpperCase(Locale.ROOT));
            if (clearance.answer(declaration, ClearanceStep.CUSTOMS, decision, VNACCS, "reference " + reference, at)
                    || clearance.customsChannel() == null) {
                clearance.customsReported(channel, reference);
            }
        }
    }

    /** Customs ordered an inspection: PHYSICAL, else documentary. */
    record InspectionOrdered(int version, String kind, String reference, Instant at) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (declaration.versions().customsWorksOn(version)) {
                StepDecision decision = "PHYSICAL".equals(kind)
                        ? StepDecision.ORDER_PHYSICAL_INSPECTION : StepDecision.ORDER_DOCUMENTARY_INSPECTION;
                declaration.clearance().answer(declaration, ClearanceStep.CUSTOMS, decision, VNACCS, "reference " + reference, at);
            }
        }
    }

    /** Customs recorded the result of an inspection: FAILED, else passed. */
    record InspectionCompleted(int version, String result, String remarks, Instant at) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (declaration.versions().customsWorksOn(version)) {
                StepDecision decision = "FAILED".equals(result) ? StepDecision.INSPECTION_FAILED : StepDecision.INSPECTION_PASSED;
                declaration.clearance().answer(declaration, ClearanceStep.CUSTOMS, decision, VNACCS, remarks, at);
            }
        }
    }

    /** Customs released the goods. */
    record Released(int version, String reference, Instant at) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (declaration.versions().customsWorksOn(version)) {
                declaration.clearance().customsReferenceIfNone(reference);
                declaration.clearance().answer(declaration, ClearanceStep.CUSTOMS, StepDecision.RELEASE, VNACCS,
                        "reference " + reference, at);
            }
        }
    }

    /** A quarantine system decided (agency HEALTH, else plant and animal): PASS, FAIL, SAMPLE or TREATMENT. */
    record QuarantineDecided(int version, String agency, String outcome, String certificate, String remarks, Instant at)
            implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (!declaration.versions().goodsWorkedOn(version)) {
                return;
            }
            ClearanceStep step = "HEALTH".equals(agency) ? ClearanceStep.HEALTH_QUARANTINE : ClearanceStep.PLANT_QUARANTINE;
            StepDecision decision = "TREATMENT".equals(outcome) ? StepDecision.TREAT : StepDecision.valueOf(outcome);
            String reason = (certificate == null ? "" : "certificate " + certificate) + (remarks == null ? "" : " " + remarks);
            declaration.clearance().answer(declaration, step, decision, QUARANTINE, reason.isBlank() ? null : reason.strip(), at);
        }
    }

    /**
     * The border guard's system finished the check of one vehicle (REFUSED, else cleared). The step is
     * done when every vehicle of the consignment is cleared; one refusal refuses the consignment.
     */
    record BorderChecked(String bookingCode, String outcome, String reason, Instant at) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            ClearanceCase clearance = declaration.clearance();
            if (!declaration.bookingCodes().contains(bookingCode) || clearance.status().closed()) {
                return;
            }
            if ("REFUSED".equals(outcome)) {
                clearance.answer(declaration, ClearanceStep.BORDER_GUARD, StepDecision.REFUSE, BORDER_GUARD,
                        "vehicle " + bookingCode + ": " + (reason == null ? "refused" : reason), at);
                return;
            }
            if (clearance.vehicleCleared(bookingCode)) {
                declaration.note(at, "BORDER_CHECK_VEHICLE_CLEARED", BORDER_GUARD, "Vehicle " + bookingCode + " and its driver cleared",
                        "booking", bookingCode);
            }
            if (clearance.everyVehicleCleared(declaration.bookingCodes())) {
                clearance.answer(declaration, ClearanceStep.BORDER_GUARD, StepDecision.CLEAR, BORDER_GUARD, null, at);
            }
        }
    }

    /** An agency system accepted a version for processing: the consignment no longer waits for it. */
    record HandoffAccepted(int version, String system, String reference, Instant at) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            declaration.clearance().answeredBy(system);
            declaration.note(at, "HANDOFF_ACCEPTED", system, system + " accepted version " + version + " (" + reference + ")",
                    "system", system, "version", version, "reference", reference);
        }
    }

    /** An agency system cannot be reached: the consignment is shown as waiting for it. */
    record HandoffDelayed(int version, String system, String reason, Instant since) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (declaration.clearance().status().closed() || version < declaration.customsVersion()) {
                return;
            }
            declaration.clearance().waitFor(system, since);
            declaration.note(since, "HANDOFF_DELAYED", system, "Waiting for " + system + ": " + reason, "system", system, "reason", reason);
        }
    }

    /**
     * An agency system lost a version or is past its deadline (situation LOST or OVERDUE): the
     * consignment is shown waiting for it, overdue since {@code since}, on the timeline; when the
     * adapter sent it again (action RESUBMITTED) that is all, when it escalated it to the customs
     * officers (ESCALATED) a hold on the system's step says why, until an officer lifts it.
     */
    record HandoffOverdue(int version, String system, String situation, String action, String reason, Instant since)
            implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (declaration.clearance().status().closed() || version < declaration.customsVersion()) {
                return;
            }
            boolean escalated = "ESCALATED".equals(action);
            String what = "Waiting for " + system + ": overdue since " + since + " (" + reason + "); "
                    + (escalated ? "escalated to the customs officers" : "sent again");
            declaration.clearance().waitFor(system, since);
            declaration.note(since, "HANDOFF_" + situation, system, what, Message.of("timeline.handoff-overdue", "system", system,
                    "since", since, "reason", reason, "action", escalated ? "phrase.escalated" : "phrase.sent-again"));
            if (escalated) {
                declaration.clearance().holdsOf().place(declaration, stepOf(system), what,
                        Hold.reason("agency-overdue", "system", system, "since", since, "reason", reason), system,
                        DecisionSource.AGENCY_SYSTEM, since);
                declaration.clearance().reevaluate(declaration, since);
            }
        }
    }

    /** The step (or the documents) an agency system's work is part of. */
    private static String stepOf(String system) {
        return NSW.equals(system) ? Hold.DOCUMENTS : VNACCS.equals(system) ? ClearanceStep.CUSTOMS.name()
                : QUARANTINE.equals(system) ? ClearanceStep.PLANT_QUARANTINE.name() : ClearanceStep.BORDER_GUARD.name();
    }

    /**
     * An agency system refused a version (invalid data, a certificate it cannot find): a hold on its
     * step that the trader's next amendment or document lifts.
     */
    record VersionRefused(int version, String system, String reason, Instant at) implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            if (declaration.clearance().status().closed() || !declaration.versions().customsWorksOn(version)) {
                return;
            }
            declaration.clearance().holdsOf().place(declaration, stepOf(system), system + " refused version " + version + ": " + reason,
                    Hold.reason("agency-refused", "system", system, "version", version, "reason", reason),
                    system, DecisionSource.AGENCY_SYSTEM, at);
            declaration.clearance().reevaluate(declaration, at);
        }
    }

    /**
     * The National Single Window checked a certificate: the answer speaks of the file of that type and number attached
     * in its version or before ({@link Documents#answeredFor}). An invalid one holds the consignment until a certificate
     * of that type attached after it is verified valid ({@link HoldEvidence#VERIFIED_CERTIFICATE}): no other document,
     * amendment or officer lifts that hold. The same verdict again changes nothing.
     */
    record CertificateChecked(int version, String documentType, String reference, boolean valid, String reason, Instant at)
            implements AgencyAnswer {
        @Override
        public void applyTo(Declaration declaration) {
            DocumentType type = DocumentType.known(documentType).orElse(null);
            if (type == null || declaration.clearance().status().closed() || version > declaration.declarationVersion()) {
                return;
            }
            AttachedDocument checked = declaration.documents().answeredFor(type, reference, version).orElse(null);
            if (checked == null || Boolean.valueOf(valid).equals(checked.verified())) {
                return;
            }
            checked.verified(valid);
            declaration.note(at, valid ? "CERTIFICATE_VERIFIED" : "CERTIFICATE_INVALID", NSW,
                    documentType + " " + reference + (valid ? " verified" : " not valid: " + reason),
                    "document", documentType, "reference", reference, "reason", reason);
            Holds holds = declaration.clearance().holdsOf();
            if (valid) {
                holds.satisfy(declaration, HoldEvidence.VERIFIED_CERTIFICATE, type, checked.attachedInVersion(), NSW, at);
            } else if (!declaration.documents().verifiedValidAfter(type, checked.attachedInVersion())) {
                holds.place(declaration, Hold.DOCUMENTS, documentType + " " + reference + " not valid: " + reason,
                        Hold.reason("certificate-invalid", "document", documentType, "reference", reference, "reason", reason),
                        NSW, DecisionSource.AGENCY_SYSTEM, at)
                        .awaiting(HoldEvidence.VERIFIED_CERTIFICATE, type, checked.attachedInVersion());
            }
            declaration.clearance().reevaluate(declaration, at);
        }
    }
}
