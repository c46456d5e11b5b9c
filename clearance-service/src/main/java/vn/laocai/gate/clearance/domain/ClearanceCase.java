package vn.laocai.gate.clearance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clearance case of a declaration: every agency's step, the holds, the vehicles the border guard
 * cleared, and where the consignment stands (ready for the gate, cleared, rejected). Officers' decisions
 * are checked strictly by {@link StepTransitions}; agency systems' answers only move a step forward, so a
 * repeat or a late one changes nothing, and once an officer decided a step a system's answer no longer
 * counts. What happens goes on the declaration's timeline and into its recorded events.
 */
@Embeddable
public class ClearanceCase {

    @ElementCollection
    @CollectionTable(name = "clearance_step", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<CaseStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "clearance_hold", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<Hold> holds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "clearance_outcome", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<CaseOutcome> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "clearance_outcome_line", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<RejectedQuantity> rejectedQuantities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "border_cleared_booking", joinColumns = @JoinColumn(name = "declaration_id"))
    @Column(name = "booking_code", nullable = false)
    private Set<String> borderCleared = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationStatus status;

    @Column(name = "ready_for_gate", nullable = false)
    private boolean readyForGate;

    @Column(name = "customs_channel")
    private String customsChannel;

    @Column(name = "customs_reference")
    private String customsReference;

    /** An agency system that cannot be reached and that the consignment waits for. */
    @Column(name = "waiting_for")
    private String waitingFor;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected ClearanceCase() {
    }

    /** A new case: the required steps pending, the others not required. */
    static ClearanceCase open(Set<ClearanceStep> required, Instant now) {
        ClearanceCase opened = new ClearanceCase();
        opened.status = DeclarationStatus.SUBMITTED;
        for (ClearanceStep step : ClearanceStep.values()) {
            opened.steps.add(new CaseStep(step, required.contains(step) ? StepState.PENDING : StepState.NOT_REQUIRED, now));
        }
        return opened;
    }

    // ------------------------------------------------------------------ officers' decisions

    /**
     * An officer decides on a step.
     *
     * @throws RuleViolation 409 when the transition is illegal in the step's state or the case is
     *                       closed; 422 when the step is not required, the decision does not exist
     *                       for the step, or a refusal gives no reason
     */
    void decide(Declaration declaration, ClearanceStep step, StepDecision decision, String officer, String reason, Instant now) {
        requireOpen(step.name());
        CaseStep s = step(step);
        if (!s.required()) {
            throw new RuleViolation("step-not-required", "step", "step: " + step + " is not required for this consignment")
                    .with("step", step);
        }
        if (!StepTransitions.officerDecisions(step).contains(decision)) {
            throw new RuleViolation("unknown-decision", "decision", "decision: " + decision + " is not a decision of "
                    + step + "; an officer decides one of " + StepTransitions.officerDecisions(step))
                    .with("decision", decision).with("step", step).with("decisions", codes(StepTransitions.officerDecisions(step)));
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason-required", "reason", "reason: " + step + " " + decision + " must say why")
                    .with("step", step).with("decision", decision);
        }
        StepState next = StepTransitions.next(step, s.state(), decision).orElseThrow(() -> RuleViolation.conflict(
                "illegal-transition", "step", step + ": " + decision + " is not allowed in state " + s.state()
                        + (s.decidedBy() == null ? "" : " (decided by " + s.decidedBy() + ")")
                        + "; legal there: " + StepTransitions.legalIn(step, s.state()))
                .with("step", step).with("decision", decision).with("state", s.state()).with("legal", codes(StepTransitions.legalIn(step, s.state())))
                .with("decided", s.decidedBy() == null ? null : "phrase.decided-by").with("officer", s.decidedBy()));
        if (step == ClearanceStep.BORDER_GUARD && next == StepState.DONE) {
            borderCleared.addAll(declaration.bookingCodes());
        }
        move(declaration, s, decision, next, officer, DecisionSource.OFFICER, reason, now);
        reevaluate(declaration, now);
    }

    /** Moves a step ({@link CaseStep#decide}); a customs state names the channel. */
    void move(Declaration declaration, CaseStep s, StepDecision decision, StepState next, String actor, DecisionSource source,
              String reason, Instant now) {
        s.decide(declaration, decision, next, actor, source, reason, now);
        if (s.step() == ClearanceStep.CUSTOMS) {
            next.channel().ifPresent(c -> customsChannel = c);
        }
    }

    // ------------------------------------------------------------------ agency systems

    /**
     * An agency system answered for a step. The answer moves the step straight to where it leads
     * when that is further than the step stands; otherwise (a repeat, a late answer, a step an
     * officer already decided) it changes nothing.
     *
     * @return whether the answer counted
     */
    boolean answer(Declaration declaration, ClearanceStep step, StepDecision decision, String system, String reason, Instant at) {
        if (status.closed()) {
            return false;
        }
        CaseStep s = step(step);
        if (!s.required() || s.answeredBeforeReopening(at)) {
            return false;
        }
        StepState target = StepTransitions.target(step, decision).orElse(null);
        if (target == null || target.progress() <= s.state().progress()) {
            if (s.state().isTerminal() && s.decidedThrough() == DecisionSource.OFFICER && target != null && target != s.state()) {
                declaration.note(at, "ANSWER_IGNORED", system, step + ": " + system + " answered " + decision + " after "
                        + s.decidedBy() + " had decided (" + s.state() + "); the officer's decision stands", "step", step.name(),
                        "system", system, "decision", decision.name(), "officer", s.decidedBy(), "state", s.state().name());
            }
            return false;
        }
        move(declaration, s, decision, target, system, DecisionSource.AGENCY_SYSTEM, reason, at);
        answeredBy(system);
        reevaluate(declaration, at);
        return true;
    }

    /** Customs named its reference: kept when none is known yet (a release may come before the channel). */
    void customsReferenceIfNone(String reference) {
        if (customsReference == null) {
            customsReference = reference;
        }
    }

    /** Customs named its reference (and, when no answer set it, its channel). */
    void customsReported(String channel, String reference) {
        if (customsChannel == null) {
            customsChannel = channel;
        }
        customsReference = reference;
    }

    /** The agency system can be reached again: the consignment no longer waits for it. */
    void answeredBy(String system) {
        if (system.equals(waitingFor)) {
            waitingFor = null;
            waitingSince = null;
        }
    }

    /** An agency system cannot be reached: the consignment is shown as waiting for it, since it first waited. */
    void waitFor(String system, Instant since) {
        if (waitingFor == null) {
            waitingSince = since;
        }
        waitingFor = system;
    }

    /** The border guard's system cleared one vehicle; true when it is newly cleared. */
    boolean vehicleCleared(String bookingCode) {
        return borderCleared.add(bookingCode);
    }

    /** Whether the border guard cleared every vehicle named. */
    boolean everyVehicleCleared(List<String> bookingCodes) {
        return borderCleared.containsAll(bookingCodes);
    }

    /** Customs starts over on amended data ({@link Amendment}): its channel and reference no longer hold. */
    void forgetCustomsAnswer() {
        customsChannel = null;
        customsReference = null;
    }

    /** Forgets the border clearance of vehicles no longer on the declaration. */
    void keepBorderClearedOf(List<String> bookingCodes) {
        borderCleared.retainAll(bookingCodes);
    }

    /** The holds, with their rules ({@link Holds}). */
    Holds holdsOf() {
        return new Holds(holds);
    }

    /**
     * An officer holds the consignment on their step.
     *
     * @throws RuleViolation when the case is closed or no reason is given
     */
    Hold hold(Declaration declaration, String step, String reason, String officer, Instant now) {
        requireOpen(step);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason-required", "reason", "reason: a hold must say why").keyed("hold");
        }
        Hold hold = holdsOf().place(declaration, step, reason.strip(), Hold.reason("officer", "reason", reason.strip()), officer,
                DecisionSource.OFFICER, now);
        reevaluate(declaration, now);
        return hold;
    }

    /**
     * Lifts a hold by hand.
     *
     * @throws RuleViolation when the case is closed, there is no such hold, it is already lifted, or it
     *                       is the platform's own hold for missing documents (attach them instead)
     */
    void lift(Declaration declaration, int holdNumber, String officer, Instant now) {
        requireOpen("hold");
        holdsOf().liftByHand(declaration, holdNumber, officer, now);
        reevaluate(declaration, now);
    }

    public List<Hold> openHolds() {
        return holdsOf().open();
    }

    // ------------------------------------------------------------------ outcomes after a failed inspection

    /** The outcomes recorded after failed inspections, with their rules ({@link Outcomes}). */
    Outcomes outcomesOf() {
        return new Outcomes(outcomes, rejectedQuantities);
    }

    /**
     * An officer records what becomes of the goods after their step failed ({@link Outcomes#order}); a treatment or a
     * split sets the case going again ({@link #reevaluate}).
     *
     * @throws RuleViolation 409 when the consignment is cleared
     */
    CaseOutcome recordOutcome(Declaration declaration, ClearanceStep step, InspectionOutcome outcome, InspectionOutcome disposal,
                              List<SplitLine> lines, String reason, String officer, Instant now) {
        if (status == DeclarationStatus.CLEARED) {
            requireOpen(step.name());
        }
        CaseOutcome recorded = outcomesOf().order(declaration, step(step), outcome, disposal, lines, reason, officer, now);
        reevaluate(declaration, now);
        return recorded;
    }

    /** An officer records an ordered outcome carried out ({@link Outcomes#carryOut}). */
    CaseOutcome outcomeCarriedOut(Declaration declaration, int number, String reference, String officer, Instant now) {
        CaseOutcome outcome = outcomesOf().carryOut(declaration, this, number, reference, officer, now);
        reevaluate(declaration, now);
        return outcome;
    }

    /**
     * Whether the trader may amend now: not once cleared; after a rejection only while no disposal of the whole lot was
     * ordered and when the amendment starts the failed step over (customs data for customs, goods for quarantine, bookings
     * for the border check), which then runs again as any restarted step.
     *
     * @throws RuleViolation 409 otherwise
     */
    void requireAmendable(Amendment amendment) {
        if (status != DeclarationStatus.REJECTED) {
            requireOpen("declaration");
            return;
        }
        if (outcomesOf().wholeLotDisposed()) {
            throw RuleViolation.conflict("disposal-ordered", "declaration", "declaration: the whole lot is to be re-exported, "
                    + "returned or destroyed; it cannot be amended").with("outcome", outcomes.stream()
                    .filter(CaseOutcome::disposesOfWholeLot).findFirst().orElseThrow().outcome());
        }
        CaseStep failed = steps.stream().filter(s -> s.state() == StepState.FAILED).findFirst().orElseThrow();
        if (!amendment.affects(failed.step())) {
            throw RuleViolation.conflict("amendment-does-not-restart", "declaration", "declaration: " + failed.step()
                    + " refused the consignment; only an amendment that starts it over (" + Amendment.whatRestarts(failed.step())
                    + ") is possible now").with("step", failed.step()).with("changes", Amendment.whatRestarts(failed.step()));
        }
    }

    public List<CaseOutcome> outcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    public List<RejectedQuantity> rejectedQuantities() {
        return Collections.unmodifiableList(rejectedQuantities);
    }

    // ------------------------------------------------------------------ readiness, release, rejection

    /**
     * After every change: holds the consignment while required documents are missing, tells the
     * queue when the vehicles may be called forward (every required document present, the customs
     * channel assigned, no open hold) and when they may no longer, rejects it when a step refused
     * it, and releases it when every required step is done.
     */
    void reevaluate(Declaration declaration, Instant now) {
        if (status == DeclarationStatus.CLEARED) {
            return;
        }
        Optional<CaseStep> failed = steps.stream().filter(s -> s.state() == StepState.FAILED).findFirst();
        if (failed.isPresent()) {
            if (status != DeclarationStatus.REJECTED) {
                reject(declaration, failed.get(), now);
            }
            return;
        }
        if (status == DeclarationStatus.REJECTED) {
            reopen(declaration, now);
        }
        Documents documents = declaration.documents();
        holdsOf().keepForDocuments(declaration, documents, now);
        boolean channelAssigned = step(ClearanceStep.CUSTOMS).state().channelAssigned();
        status = channelAssigned ? DeclarationStatus.IN_CLEARANCE : DeclarationStatus.SUBMITTED;
        boolean ready = documents.complete() && openHolds().isEmpty() && channelAssigned;
        if (ready && !readyForGate) {
            readyForGate = true;
            declaration.note(now, "READY_FOR_GATE", Declaration.PLATFORM, "Documents complete, customs channel " + customsChannel
                    + ", nothing held: vehicle(s) " + String.join(", ", declaration.bookingCodes()) + " may be called forward",
                    "channel", customsChannel, "bookings", String.join(", ", declaration.bookingCodes()));
            declaration.record(new ConsignmentReadyForGate(declaration.id().toString(), declaration.customsDeclarationNumber(),
                    declaration.bookingCodes(), declaration.perishable(), now));
        } else if (!ready && readyForGate) {
            readyForGate = false;
            // a consignment that was ready had no open hold: one open now was placed by this change, and said so
            if (openHolds().isEmpty()) {
                String reason = "Version " + declaration.declarationVersion() + " waits for the customs channel";
                declaration.note(now, "HOLD_PLACED", Declaration.PLATFORM, "Held on CUSTOMS: " + reason, "step", "CUSTOMS", "reason", reason);
                declaration.record(new ConsignmentHeld(declaration.id().toString(), declaration.bookingCodes(),
                        ClearanceStep.CUSTOMS.name(), reason, now));
            }
        }
        if (ready && steps.stream().filter(CaseStep::required).allMatch(CaseStep::done)) {
            status = DeclarationStatus.CLEARED;
            clearedAt = now;
            declaration.note(now, "CLEARED", Declaration.PLATFORM, "All agencies finished and the fee is paid; vehicle(s) "
                    + String.join(", ", declaration.bookingCodes()) + " may leave", "bookings", String.join(", ", declaration.bookingCodes()));
            declaration.record(new ConsignmentCleared(declaration.id().toString(), declaration.customsDeclarationNumber(),
                    declaration.bookingCodes(), now));
        }
    }

    private void reject(Declaration declaration, CaseStep failed, Instant now) {
        status = DeclarationStatus.REJECTED;
        readyForGate = false;
        rejectedAt = now;
        String reason = failed.reason() == null || failed.reason().isBlank() ? failed.step() + " refused" : failed.reason();
        rejectionReason = reason;
        declaration.note(now, "REJECTED", failed.decidedBy(), "Refused on " + failed.step() + ": " + reason,
                "step", failed.step().name(), "reason", reason);
        declaration.record(new ConsignmentRejected(declaration.id().toString(), declaration.bookingCodes(), failed.step().name(),
                reason, now));
    }

    /**
     * No step refuses the consignment any more (an outcome set the failed step going again, or an amendment restarted it):
     * the case is open again on the same declaration; the rejection stays on the timeline and in the outcomes.
     */
    private void reopen(Declaration declaration, Instant now) {
        status = DeclarationStatus.SUBMITTED;
        declaration.note(now, "CASE_REOPENED", Declaration.PLATFORM, "No step refuses the consignment any more (refused before: "
                + rejectionReason + "); clearance goes on", "reason", rejectionReason);
        rejectedAt = null;
        rejectionReason = null;
    }

    /** Codes as the catalogue lists them ({@code {legal}}): separated by commas. */
    static String codes(java.util.Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", "));
    }

    /** @throws RuleViolation (409) when the consignment is cleared or rejected */
    void requireOpen(String what) {
        if (status.closed()) {
            throw RuleViolation.conflict("case-closed", "step", what + ": the consignment is already " + status
                    + "; nothing can change any more").with("what", what).with("status", status);
        }
    }

    /** What is left: the steps run side by side, so the longest remainder of an open step, each expected to take {@code expected}. */
    public Duration estimatedRemaining(Map<ClearanceStep, Duration> expected, Instant now) {
        return status.closed() ? Duration.ZERO : steps.stream()
                .map(s -> s.remaining(expected.getOrDefault(s.step(), Duration.ZERO), now))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public CaseStep step(ClearanceStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst()
                .orElseThrow(() -> new IllegalStateException("No step " + step + " in the case"));
    }

    public List<CaseStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<Hold> holds() {
        return Collections.unmodifiableList(holds);
    }

    public Set<String> borderCleared() {
        return Collections.unmodifiableSet(borderCleared);
    }

    public DeclarationStatus status() {
        return status;
    }

    public boolean readyForGate() {
        return readyForGate;
    }

    public String customsChannel() {
        return customsChannel;
    }

    public String customsReference() {
        return customsReference;
    }

    public String waitingFor() {
        return waitingFor;
    }

    public Instant waitingSince() {
        return waitingSince;
    }

    public Instant clearedAt() {
        return clearedAt;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
