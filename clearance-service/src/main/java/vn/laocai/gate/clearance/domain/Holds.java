package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The holds of a clearance case: numbered in the order placed, lifted once, the platform's own hold
 * for missing documents lifting itself. A view with behaviour over the case's hold collection
 * (table {@code clearance_hold}); placing and lifting are written on the timeline and recorded as events.
 */
final class Holds {

    private final List<Hold> holds;

    Holds(List<Hold> holds) {
        this.holds = holds;
    }

    /** Places a hold. Whether the consignment is still ready for the gate is decided after the change. */
    Hold place(Declaration declaration, String step, String reason, Message said, String actor, DecisionSource source, Instant now) {
        Hold hold = add(declaration, step, reason, said, actor, source, now);
        declaration.record(new ConsignmentHeld(declaration.id().toString(), declaration.bookingCodes(), step, reason, now));
        return hold;
    }

    /** The platform places a hold whose event, if any, the caller records itself (for some of the bookings only). */
    Hold placeQuietly(Declaration declaration, String step, String reason, Message said, String actor, Instant now) {
        return add(declaration, step, reason, said, actor, DecisionSource.PLATFORM, now);
    }

    private Hold add(Declaration declaration, String step, String reason, Message said, String actor, DecisionSource source, Instant now) {
        Hold hold = new Hold(holds.size() + 1, step, reason, said, actor, source, now);
        holds.add(hold);
        declaration.note(now, "HOLD_PLACED", actor, "Held on " + step + ": " + reason, told("timeline.hold-placed", hold));
        return hold;
    }

    /** A timeline line about {@code hold}: its step and its reason's message as a phrase ({@code {hold,phrase}}). */
    private static Message told(String key, Hold hold) {
        return Message.of(key).with(hold.said().parameters()).with("step", hold.step()).with("hold", hold.said().key());
    }

    /**
     * Lifts a hold by hand.
     *
     * @throws RuleViolation when there is no such hold, it is already lifted, or it is the
     *                       platform's own hold for missing documents (attach them instead) or for the
     *                       bookings (amend them instead)
     */
    void liftByHand(Declaration declaration, int holdNumber, String officer, Instant now) {
        Hold hold = holds.stream().filter(h -> h.number() == holdNumber).findFirst().orElseThrow(() ->
                new RuleViolation("unknown-hold", "holdNumber", "holdNumber: the consignment has no hold " + holdNumber).with("number", holdNumber));
        if (!hold.open()) {
            throw RuleViolation.conflict("hold-already-lifted", "holdNumber",
                    "hold " + holdNumber + " on " + hold.step() + " was already lifted by " + hold.liftedBy())
                    .with("number", holdNumber).with("step", hold.step()).with("officer", hold.liftedBy());
        }
        if (hold.byPlatformForDocuments()) {
            throw RuleViolation.conflict("documents-missing", "holdNumber", "hold " + holdNumber
                    + " on DOCUMENTS lifts itself once " + Documents.names(declaration.documents().missing()) + " are attached")
                    .with("number", holdNumber).with("missing", Documents.names(declaration.documents().missing()));
        }
        if (hold.forPendingLinks()) {
            throw RuleViolation.conflict("booking-link-pending", "holdNumber", "hold " + holdNumber + " on " + hold.step()
                    + " lifts itself once the queue's events settled the bookings' links")
                    .with("number", holdNumber).with("step", hold.step());
        }
        if (hold.awaits() != null && !hold.awaits().liftableByHand()) {
            throw RuleViolation.conflict("evidence-required", "holdNumber", "hold " + holdNumber + " on " + hold.step()
                    + " lifts only once a " + hold.awaitsDocument() + " attached after the one found invalid is verified valid")
                    .with("number", holdNumber).with("step", hold.step()).with("document", hold.awaitsDocument());
        }
        if (hold.forBookings()) {
            throw RuleViolation.conflict("bookings-to-amend", "holdNumber", "hold " + holdNumber + " on " + hold.step()
                    + " lifts once the trader amends the bookings")
                    .with("number", holdNumber).with("step", hold.step());
        }
        lift(declaration, hold, officer, now);
    }

    /**
     * {@code evidence} about a document of {@code type} attached in {@code attachedInVersion} came in: every open hold
     * waiting for it lifts ({@link Hold#satisfiedBy}).
     */
    void satisfy(Declaration declaration, HoldEvidence evidence, DocumentType type, int attachedInVersion, String actor, Instant now) {
        liftWhere(declaration, h -> h.satisfiedBy(evidence, type, attachedInVersion), actor, now);
    }

    /** Lifts every open hold {@code which} selects. */
    void liftWhere(Declaration declaration, Predicate<Hold> which, String actor, Instant now) {
        open().stream().filter(which).forEach(h -> lift(declaration, h, actor, now));
    }

    /**
     * The platform holds the consignment while required documents are missing, and lifts that hold
     * once they are all attached.
     */
    void keepForDocuments(Declaration declaration, Documents documents, Instant now) {
        Optional<Hold> documentHold = open().stream().filter(Hold::byPlatformForDocuments).findFirst();
        if (!documents.complete() && documentHold.isEmpty()) {
            place(declaration, Hold.DOCUMENTS, "Missing documents: " + Documents.names(documents.missing()),
                    Hold.reason("documents-missing", "missing", Documents.names(documents.missing())),
                    Declaration.PLATFORM, DecisionSource.PLATFORM, now);
        } else if (documents.complete() && documentHold.isPresent()) {
            lift(declaration, documentHold.get(), Declaration.PLATFORM, now);
        }
    }

    private void lift(Declaration declaration, Hold hold, String actor, Instant now) {
        hold.lift(actor, now);
        declaration.note(now, "HOLD_LIFTED", actor, "Hold on " + hold.step() + " lifted: " + hold.reason(), hold.said() == null
                ? Message.of("timeline.HOLD_LIFTED", "step", hold.step(), "reason", hold.reason()) : told("timeline.hold-lifted", hold));
        declaration.record(new ConsignmentHoldLifted(declaration.id().toString(), declaration.bookingCodes(), hold.step(),
                hold.reason(), actor, now));
    }

    List<Hold> open() {
        return holds.stream().filter(Hold::open).toList();
    }
}
