package vn.laocai.gate.clearance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.laocai.gate.events.ClearanceStepDecided;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.DeclarationAmended;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentAttached;
import vn.laocai.gate.events.DocumentReference;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.events.FeePaid;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.GoodsLine;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A trader's declaration of one consignment and the clearance case around it: the aggregate of
 * clearance-service. It keeps the versions of the declaration, its documents, the step of every
 * agency (border guard, customs, plant and health quarantine, fee payment), the holds, the fee and
 * the timeline; it decides which transitions are legal and records the events its changes cause.
 *
 * <p>Officers' decisions are checked strictly against {@link StepTransitions}. Agency systems'
 * answers may come late, twice or out of order: an answer only ever moves a step forward, so
 * applying it again, or after a later one, changes nothing; and once a step has been decided by an
 * officer, a system's answer for it no longer counts (and the reverse).
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    /** VNACCS accepts at most 50 goods lines on one declaration. */
    public static final int MAX_GOODS_LINES = 50;
    /** Who the platform itself is on the timeline. */
    public static final String PLATFORM = "platform";
    /** Chapters of goods that spoil: live animals, meat, fish, dairy, plants, vegetables, fruit. */
    private static final Set<String> PERISHABLE_CHAPTERS = Set.of("01", "02", "03", "04", "06", "07", "08");

    @Id
    private UUID id;

    @Column(name = "declaration_version", nullable = false)
    private int declarationVersion;

    /** The version whose customs data (parties, goods) customs is working on; older answers are stale. */
    @Column(name = "customs_version", nullable = false)
    private int customsVersion;

    /** The version whose goods the quarantine agencies are working on. */
    @Column(name = "goods_version", nullable = false)
    private int goodsVersion;

    @Column(name = "owner_account", nullable = false, updatable = false)
    private String ownerAccount;

    @Embedded
    private Declarant declarant;

    @Column(nullable = false)
    private String consignee;

    @Column(name = "customs_declaration_number", nullable = false, unique = true)
    private String customsDeclarationNumber;

    @Column(nullable = false)
    private String direction;

    @Column(name = "destination_country", nullable = false)
    private String destinationCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomsProcedure procedure;

    @Column(name = "inland_delivery", nullable = false)
    private boolean inlandDelivery;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_booking", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    @Column(name = "booking_code", nullable = false)
    private List<String> bookingCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_goods_line", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderBy("lineNumber")
    private List<GoodsItem> goodsLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_document", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<AttachedDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "required_document", joinColumns = @JoinColumn(name = "declaration_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private Set<DocumentType> requiredDocuments = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "clearance_step", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<CaseStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "clearance_hold", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<Hold> holds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "border_cleared_booking", joinColumns = @JoinColumn(name = "declaration_id"))
    @Column(name = "booking_code", nullable = false)
    private Set<String> borderCleared = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "declaration_timeline", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

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

    @Column(name = "fee_amount_vnd", nullable = false)
    private long feeAmountVnd;

    @Column(name = "fee_paid_vnd", nullable = false)
    private long feePaidVnd;

    @Column(name = "fee_breakdown")
    private String feeBreakdown;

    @Column(name = "tariff_version")
    private String tariffVersion;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(name = "fee_paid_at")
    private Instant feePaidAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Version
    private long revision;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    /** A hold was placed during the current change, so a lost readiness needs no second ConsignmentHeld. */
    @Transient
    private boolean heldInThisChange;

    protected Declaration() {
    }

    /**
     * Submits a declaration for the consignment carried on the given trips.
     *
     * @throws RuleViolation when a rule refuses it (too many lines, gross below net weight, inland delivery of an export)
     */
    public static Declaration submit(UUID id, String ownerAccount, DeclarationData data, List<Trip> trips,
                                     ClearancePolicy policy, Instant now) {
        validate(data);
        Declaration d = new Declaration();
        d.id = id;
        d.declarationVersion = 1;
        d.customsVersion = 1;
        d.goodsVersion = 1;
        d.ownerAccount = ownerAccount;
        d.take(data);
        d.status = DeclarationStatus.SUBMITTED;
        d.submittedAt = now;
        RequirementRules.Requirements required = d.requirements(policy);
        d.requiredDocuments = new HashSet<>(required.documents());
        for (ClearanceStep step : ClearanceStep.values()) {
            d.steps.add(new CaseStep(step, required.steps().contains(step) ? StepState.PENDING : StepState.NOT_REQUIRED, now));
        }
        d.note(now, "DECLARATION_SUBMITTED", ownerAccount, "Declaration " + data.customsDeclarationNumber()
                + " submitted with " + data.goodsLines().size() + " goods line(s) for booking(s) "
                + String.join(", ", data.bookingCodes()) + "; required documents: " + sorted(required.documents()));
        d.recordedEvents.record(d.submittedEvent(now));
        d.assessFee(policy, trips, now);
        d.reevaluate(now);
        return d;
    }

    private static void validate(DeclarationData data) {
        List<GoodsItem> lines = data.goodsLines();
        if (lines.isEmpty() || lines.size() > MAX_GOODS_LINES) {
            throw new RuleViolation("goods-lines-limit", "goodsLines",
                    "goodsLines: a declaration holds 1 to " + MAX_GOODS_LINES + " goods lines, not " + lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            GoodsItem item = lines.get(i);
            if (item.grossWeightKg().compareTo(item.netWeightKg()) < 0) {
                throw new RuleViolation("gross-below-net", "goodsLines[" + i + "].grossWeightKg",
                        "goodsLines[" + i + "].grossWeightKg " + item.grossWeightKg()
                                + " is below the net weight " + item.netWeightKg());
            }
        }
        if (data.inlandDelivery() && !"IMPORT".equals(data.direction())) {
            throw new RuleViolation("inland-delivery-of-export", "inlandDelivery",
                    "inlandDelivery: only an import can be delivered inland");
        }
    }

    private void take(DeclarationData data) {
        declarant = data.declarant();
        consignee = data.consignee().strip();
        customsDeclarationNumber = data.customsDeclarationNumber();
        direction = data.direction();
        destinationCountry = data.destinationCountry();
        procedure = data.procedure() == null ? CustomsProcedure.STANDARD : data.procedure();
        inlandDelivery = data.inlandDelivery();
        bookingCodes = new ArrayList<>(data.bookingCodes());
        goodsLines = new ArrayList<>(data.goodsLines());
    }

    private RequirementRules.Requirements requirements(ClearancePolicy policy) {
        List<RequirementRules.Goods> goods = goodsLines.stream()
                .map(g -> new RequirementRules.Goods(g.hsChapter(), "EXPORT".equals(direction) ? destinationCountry : g.originCountry()))
                .toList();
        return policy.requirements().requiredFor(direction, goods);
    }

    // ------------------------------------------------------------------ amendments and documents

    /** What an amendment can change. */
    public enum Change { PARTIES, GOODS_LINES, BOOKINGS }

    /**
     * Amends the declaration into a new version. Only the steps the change affects start over:
     * customs when its data (parties, goods) changed, quarantine when the goods changed, the border
     * check of vehicles no longer on it, the fee when what it is computed from changed.
     *
     * @return false when nothing changed (no new version)
     * @throws RuleViolation when the case is closed, the direction changes or a rule refuses the data
     */
    public boolean amend(DeclarationData data, List<Trip> trips, ClearancePolicy policy, String actor, Instant now) {
        requireOpen("declaration");
        validate(data);
        if (!direction.equals(data.direction())) {
            throw new RuleViolation("direction-fixed", "direction",
                    "direction: a declaration for " + direction + " cannot become " + data.direction() + "; declare anew");
        }
        Set<Change> changes = EnumSet.noneOf(Change.class);
        CustomsProcedure newProcedure = data.procedure() == null ? CustomsProcedure.STANDARD : data.procedure();
        if (!declarant.sameAs(data.declarant()) || !consignee.equals(data.consignee().strip())
                || !customsDeclarationNumber.equals(data.customsDeclarationNumber())
                || !destinationCountry.equals(data.destinationCountry()) || procedure != newProcedure
                || inlandDelivery != data.inlandDelivery()) {
            changes.add(Change.PARTIES);
        }
        if (!signatures(goodsLines).equals(signatures(data.goodsLines()))) {
            changes.add(Change.GOODS_LINES);
        }
        if (!bookingCodes.equals(data.bookingCodes())) {
            changes.add(Change.BOOKINGS);
        }
        if (changes.isEmpty()) {
            return false;
        }
        declarationVersion++;
        take(data);
        Set<ClearanceStep> restarted = EnumSet.noneOf(ClearanceStep.class);
        if (changes.contains(Change.PARTIES) || changes.contains(Change.GOODS_LINES)) {
            customsVersion = declarationVersion;
            step(ClearanceStep.CUSTOMS).restart(StepState.PENDING, now);
            customsChannel = null;
            customsReference = null;
            restarted.add(ClearanceStep.CUSTOMS);
            RequirementRules.Requirements required = requirements(policy);
            requiredDocuments = new HashSet<>(required.documents());
            if (changes.contains(Change.GOODS_LINES)) {
                goodsVersion = declarationVersion;
            }
            for (ClearanceStep quarantine : EnumSet.of(ClearanceStep.PLANT_QUARANTINE, ClearanceStep.HEALTH_QUARANTINE)) {
                CaseStep s = step(quarantine);
                boolean needed = required.steps().contains(quarantine);
                if (needed && (!s.required() || changes.contains(Change.GOODS_LINES))) {
                    s.restart(StepState.PENDING, now);
                    restarted.add(quarantine);
                } else if (!needed && s.required()) {
                    s.restart(StepState.NOT_REQUIRED, now);
                }
            }
        }
        if (changes.contains(Change.BOOKINGS)) {
            borderCleared.retainAll(bookingCodes);
            CaseStep border = step(ClearanceStep.BORDER_GUARD);
            if (border.done() && !borderCleared.containsAll(bookingCodes)) {
                border.restart(StepState.PENDING, now);
                restarted.add(ClearanceStep.BORDER_GUARD);
            }
            openHolds().stream().filter(h -> Hold.BOOKINGS.equals(h.step()))
                    .forEach(h -> liftHold(h, actor, now));
        }
        // what agency systems refused was about an older version: they answer the new one afresh
        openHolds().stream().filter(Hold::byAgencySystem).forEach(h -> liftHold(h, actor, now));
        List<String> changed = changes.stream().map(Enum::name).toList();
        List<String> restartedNames = restarted.stream().map(Enum::name).toList();
        note(now, "DECLARATION_AMENDED", actor, "Version " + declarationVersion + ": changed " + changed
                + (restarted.isEmpty() ? "; no step restarts" : "; restarted " + restartedNames));
        recordedEvents.record(new DeclarationAmended(id.toString(), declarationVersion, changed, restartedNames, actor, now));
        recordedEvents.record(submittedEvent(now));
        if (changes.contains(Change.GOODS_LINES) || changes.contains(Change.BOOKINGS) || changes.contains(Change.PARTIES)) {
            assessFee(policy, trips, now);
        }
        reevaluate(now);
        return true;
    }

    private static List<String> signatures(List<GoodsItem> lines) {
        return lines.stream().map(GoodsItem::signature).toList();
    }

    /**
     * Attaches a document: a new version of the declaration (customs data unchanged, so customs does
     * not start over), and a step closer to complete.
     */
    public void attachDocument(AttachedDocument document, Instant now) {
        requireOpen("documents");
        declarationVersion++;
        document.attachedIn(declarationVersion);
        documents.add(document);
        note(now, "DOCUMENT_ATTACHED", document.attachedBy(), document.type() + " " + document.number()
                + (document.hasFile() ? " (" + document.fileName() + ", " + document.sizeBytes() + " bytes, SHA-256 " + document.sha256() + ")" : ""));
        recordedEvents.record(new DocumentAttached(id.toString(), declarationVersion, document.documentId().toString(),
                document.type().name(), document.number(), document.sha256(), document.sizeBytes(), document.attachedBy(), now));
        recordedEvents.record(submittedEvent(now));
        openHolds().stream().filter(h -> h.byAgencySystem() && Hold.DOCUMENTS.equals(h.step()))
                .forEach(h -> liftHold(h, document.attachedBy(), now));
        reevaluate(now);
    }

    /** The documents still missing among those the rules require. */
    public Set<DocumentType> missingDocuments() {
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        missing.addAll(requiredDocuments);
        documents.forEach(d -> missing.remove(d.type()));
        return missing;
    }

    // ------------------------------------------------------------------ officers' decisions

    /**
     * An officer decides on a step.
     *
     * @throws RuleViolation 409 when the transition is illegal in the step's state or the case is
     *                       closed; 422 when the step is not required, the decision does not exist
     *                       for the step, or a refusal gives no reason
     */
    public void decide(ClearanceStep step, StepDecision decision, String officer, String reason, Instant now) {
        requireOpen(step.name());
        CaseStep s = step(step);
        if (!s.required()) {
            throw new RuleViolation("step-not-required", "step", "step: " + step + " is not required for this consignment");
        }
        if (!StepTransitions.decisionsOf(step).contains(decision) || decision == StepDecision.ASSESS || decision == StepDecision.PAY) {
            throw new RuleViolation("unknown-decision", "decision", "decision: " + decision + " is not a decision of "
                    + step + "; an officer decides one of " + officerDecisions(step));
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason-required", "reason", "reason: " + step + " " + decision + " must say why");
        }
        StepState next = StepTransitions.next(step, s.state(), decision).orElseThrow(() -> RuleViolation.conflict(
                "illegal-transition", "step", step + ": " + decision + " is not allowed in state " + s.state()
                        + (s.decidedBy() == null ? "" : " (decided by " + s.decidedBy() + ")")
                        + "; legal there: " + StepTransitions.legalIn(step, s.state())));
        if (step == ClearanceStep.BORDER_GUARD && next == StepState.DONE) {
            borderCleared.addAll(bookingCodes);
        }
        move(s, decision, next, officer, DecisionSource.OFFICER, reason, now);
        reevaluate(now);
    }

    /** The decisions an officer may take on a step through the API. */
    public static Set<StepDecision> officerDecisions(ClearanceStep step) {
        Set<StepDecision> all = EnumSet.noneOf(StepDecision.class);
        all.addAll(StepTransitions.decisionsOf(step));
        all.removeAll(EnumSet.of(StepDecision.ASSESS, StepDecision.PAY));
        return all;
    }

    private void move(CaseStep s, StepDecision decision, StepState next, String actor, DecisionSource source,
                      String reason, Instant now) {
        StepState from = s.state();
        s.moveTo(next, actor, source, reason, now);
        if (s.step() == ClearanceStep.CUSTOMS) {
            channelOf(next).ifPresent(c -> customsChannel = c);
        }
        note(now, s.step().timelineName(decision), actor, s.step() + ": " + decision + " (" + from + " -> " + next + ")"
                + (reason == null || reason.isBlank() ? "" : ": " + reason));
        recordedEvents.record(new ClearanceStepDecided(id.toString(), declarationVersion, s.step().name(), decision.name(),
                from.name(), next.name(), actor, source.name(), reason, now));
    }

    private static Optional<String> channelOf(StepState state) {
        switch (state) {
            case CHANNEL_GREEN:
                return Optional.of("GREEN");
            case CHANNEL_YELLOW:
            case DOCUMENTARY_INSPECTION:
                return Optional.of("YELLOW");
            case CHANNEL_RED:
            case PHYSICAL_INSPECTION:
                return Optional.of("RED");
            default:
                return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ agency systems' answers

    /**
     * An agency system answered for a step. The answer moves the step straight to where it leads
     * when that is further than the step stands; otherwise (a repeat, a late answer, a step an
     * officer already decided) it changes nothing.
     *
     * @return whether the answer counted
     */
    boolean answer(ClearanceStep step, StepDecision decision, String system, String reason, Instant at) {
        if (status.closed()) {
            return false;
        }
        CaseStep s = step(step);
        if (!s.required()) {
            return false;
        }
        StepState target = StepTransitions.target(step, decision).orElse(null);
        if (target == null || target.progress() <= s.state().progress()) {
            if (s.state().isTerminal() && s.decidedThrough() == DecisionSource.OFFICER && target != null && target != s.state()) {
                note(at, "ANSWER_IGNORED", system, step + ": " + system + " answered " + decision + " after "
                        + s.decidedBy() + " had decided (" + s.state() + "); the officer's decision stands");
            }
            return false;
        }
        move(s, decision, target, system, DecisionSource.AGENCY_SYSTEM, reason, at);
        if (system.equals(waitingFor)) {
            waitingFor = null;
            waitingSince = null;
        }
        reevaluate(at);
        return true;
    }

    private boolean customsAnswerCounts(int version) {
        return version >= customsVersion && version <= declarationVersion;
    }

    /** Customs assigned a control channel. */
    public void customsChannelAssigned(int version, String channel, String reference, Instant at) {
        if (!customsAnswerCounts(version)) {
            return;
        }
        if (answer(ClearanceStep.CUSTOMS, StepDecision.valueOf("ASSIGN_" + channel.toUpperCase(Locale.ROOT)), "VNACCS",
                "reference " + reference, at) || customsChannel == null) {
            customsChannel = customsChannel == null ? channel : customsChannel;
            customsReference = reference;
        }
    }

    /** Customs ordered a documentary or physical inspection. */
    public void customsInspectionOrdered(int version, String kind, String reference, Instant at) {
        if (!customsAnswerCounts(version)) {
            return;
        }
        StepDecision decision = "PHYSICAL".equals(kind) ? StepDecision.ORDER_PHYSICAL_INSPECTION : StepDecision.ORDER_DOCUMENTARY_INSPECTION;
        answer(ClearanceStep.CUSTOMS, decision, "VNACCS", "reference " + reference, at);
    }

    /** Customs recorded the result of an inspection. */
    public void customsInspectionCompleted(int version, String result, String remarks, Instant at) {
        if (!customsAnswerCounts(version)) {
            return;
        }
        answer(ClearanceStep.CUSTOMS, "FAILED".equals(result) ? StepDecision.INSPECTION_FAILED : StepDecision.INSPECTION_PASSED,
                "VNACCS", remarks, at);
    }

    /** Customs released the goods. */
    public void customsReleased(int version, String reference, Instant at) {
        if (!customsAnswerCounts(version)) {
            return;
        }
        if (customsReference == null) {
            customsReference = reference;
        }
        answer(ClearanceStep.CUSTOMS, StepDecision.RELEASE, "VNACCS", "reference " + reference, at);
    }

    /** A quarantine system decided: PASS, FAIL, SAMPLE or TREATMENT. */
    public void quarantineResult(int version, String agency, String outcome, String certificate, String remarks, Instant at) {
        if (version < goodsVersion || version > declarationVersion) {
            return;
        }
        ClearanceStep step = "HEALTH".equals(agency) ? ClearanceStep.HEALTH_QUARANTINE : ClearanceStep.PLANT_QUARANTINE;
        StepDecision decision = "TREATMENT".equals(outcome) ? StepDecision.TREAT : StepDecision.valueOf(outcome);
        String reason = (certificate == null ? "" : "certificate " + certificate) + (remarks == null ? "" : " " + remarks);
        answer(step, decision, "QUARANTINE", reason.isBlank() ? null : reason.strip(), at);
    }

    /**
     * The border guard's system finished the check of one vehicle. The step is done when every
     * vehicle of the consignment is cleared; one refusal refuses the consignment.
     */
    public void borderCheckCompleted(String bookingCode, String outcome, String reason, Instant at) {
        if (!bookingCodes.contains(bookingCode) || status.closed()) {
            return;
        }
        if ("REFUSED".equals(outcome)) {
            answer(ClearanceStep.BORDER_GUARD, StepDecision.REFUSE, "BORDER_GUARD",
                    "vehicle " + bookingCode + ": " + (reason == null ? "refused" : reason), at);
            return;
        }
        if (borderCleared.add(bookingCode)) {
            note(at, "BORDER_CHECK_VEHICLE_CLEARED", "BORDER_GUARD", "Vehicle " + bookingCode + " and its driver cleared");
        }
        if (borderCleared.containsAll(bookingCodes)) {
            answer(ClearanceStep.BORDER_GUARD, StepDecision.CLEAR, "BORDER_GUARD", null, at);
        }
    }

    /** An agency system accepted a version for processing: the consignment no longer waits for it. */
    public void handoffAccepted(int version, String system, String reference, Instant at) {
        if (system.equals(waitingFor)) {
            waitingFor = null;
            waitingSince = null;
        }
        note(at, "HANDOFF_ACCEPTED", system, system + " accepted version " + version + " (" + reference + ")");
    }

    /** An agency system cannot be reached: the consignment is shown as waiting for it. */
    public void handoffDelayed(int version, String system, String reason, Instant since) {
        if (status.closed() || version < customsVersion) {
            return;
        }
        if (waitingFor == null) {
            waitingSince = since;
        }
        waitingFor = system;
        note(since, "HANDOFF_DELAYED", system, "Waiting for " + system + ": " + reason);
    }

    /**
     * An agency system refused a version (invalid data, a certificate it cannot find): a hold that
     * the trader's next amendment or document lifts.
     */
    public void declarationRejected(int version, String system, String reason, Instant at) {
        if (status.closed() || version < customsVersion || version > declarationVersion) {
            return;
        }
        String step = "NSW".equals(system) ? Hold.DOCUMENTS : "VNACCS".equals(system) ? ClearanceStep.CUSTOMS.name()
                : "QUARANTINE".equals(system) ? ClearanceStep.PLANT_QUARANTINE.name() : ClearanceStep.BORDER_GUARD.name();
        placeHold(step, system + " refused version " + version + ": " + reason, system, DecisionSource.AGENCY_SYSTEM, at);
        reevaluate(at);
    }

    /** The National Single Window checked a certificate: a false one holds the consignment until replaced. */
    public void certificateVerified(int version, String documentType, String reference, boolean valid, String reason, Instant at) {
        if (status.closed() || version > declarationVersion) {
            return;
        }
        List<AttachedDocument> matching = documents.stream()
                .filter(d -> d.type().name().equals(documentType) && d.number().equals(reference)).toList();
        if (matching.isEmpty() || matching.stream().allMatch(d -> Boolean.valueOf(valid).equals(d.verified()))) {
            return;
        }
        matching.forEach(d -> d.verified(valid));
        note(at, valid ? "CERTIFICATE_VERIFIED" : "CERTIFICATE_INVALID", "NSW",
                documentType + " " + reference + (valid ? " verified" : " not valid: " + reason));
        if (!valid) {
            placeHold(Hold.DOCUMENTS, documentType + " " + reference + " not valid: " + reason, "NSW", DecisionSource.AGENCY_SYSTEM, at);
        }
        reevaluate(at);
    }

    // ------------------------------------------------------------------ vehicles

    /** A vehicle of the consignment moved at the yard or the gate: a line on the timeline. */
    public void vehicleMoved(String bookingCode, String step, String detail, Instant at) {
        if (bookingCodes.contains(bookingCode)) {
            note(at, step, "gate", detail);
        }
    }

    /** A booking the consignment travels on was cancelled: held until the trader amends the bookings. */
    public void bookingCancelled(String bookingCode, String reason, Instant at) {
        if (!bookingCodes.contains(bookingCode) || status.closed()) {
            return;
        }
        placeHold(Hold.BOOKINGS, "Booking " + bookingCode + " was cancelled (" + reason + "); amend the bookings",
                "vehicle-queue", DecisionSource.PLATFORM, at);
        reevaluate(at);
    }

    // ------------------------------------------------------------------ holds

    /**
     * An officer holds the consignment on their step.
     *
     * @throws RuleViolation when the case is closed or no reason is given
     */
    public Hold hold(String step, String reason, String officer, Instant now) {
        requireOpen(step);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason-required", "reason", "reason: a hold must say why");
        }
        Hold hold = placeHold(step, reason.strip(), officer, DecisionSource.OFFICER, now);
        reevaluate(now);
        return hold;
    }

    private Hold placeHold(String step, String reason, String actor, DecisionSource source, Instant now) {
        Hold hold = new Hold(holds.size() + 1, step, reason, actor, source, now);
        holds.add(hold);
        note(now, "HOLD_PLACED", actor, "Held on " + step + ": " + reason);
        recordedEvents.record(new ConsignmentHeld(id.toString(), List.copyOf(bookingCodes), step, reason, now));
        heldInThisChange = true;
        return hold;
    }

    /**
     * Lifts a hold.
     *
     * @throws RuleViolation when there is no such hold, it is already lifted, or it is the
     *                       platform's own hold for missing documents (attach them instead)
     */
    public void lift(int holdNumber, String officer, Instant now) {
        requireOpen("hold");
        Hold hold = holds.stream().filter(h -> h.number() == holdNumber).findFirst().orElseThrow(() ->
                new RuleViolation("unknown-hold", "holdNumber", "holdNumber: the consignment has no hold " + holdNumber));
        if (!hold.open()) {
            throw RuleViolation.conflict("hold-already-lifted", "holdNumber",
                    "hold " + holdNumber + " on " + hold.step() + " was already lifted by " + hold.liftedBy());
        }
        if (hold.placedThrough() == DecisionSource.PLATFORM && Hold.DOCUMENTS.equals(hold.step())) {
            throw RuleViolation.conflict("documents-missing", "holdNumber",
                    "hold " + holdNumber + " on DOCUMENTS lifts itself once " + sorted(missingDocuments()) + " are attached");
        }
        liftHold(hold, officer, now);
        reevaluate(now);
    }

    private void liftHold(Hold hold, String actor, Instant now) {
        hold.lift(actor, now);
        note(now, "HOLD_LIFTED", actor, "Hold on " + hold.step() + " lifted: " + hold.reason());
        recordedEvents.record(new ConsignmentHoldLifted(id.toString(), List.copyOf(bookingCodes), hold.step(), hold.reason(), actor, now));
    }

    public List<Hold> openHolds() {
        return holds.stream().filter(Hold::open).toList();
    }

    // ------------------------------------------------------------------ fee

    private void assessFee(ClearancePolicy policy, List<Trip> trips, Instant now) {
        CaseStep fee = step(ClearanceStep.FEE_PAYMENT);
        if (!fee.required()) {
            return;
        }
        FeeAssessment assessment = policy.tariff().assess(new Tariff.Consignment(direction, procedure, inlandDelivery,
                chapters(), trips));
        long previous = feeAmountVnd;
        feeAmountVnd = assessment.totalVnd();
        feeBreakdown = assessment.breakdown();
        tariffVersion = assessment.tariffVersion();
        if (fee.state() == StepState.PENDING) {
            move(fee, StepDecision.ASSESS, StepState.FEE_ASSESSED, PLATFORM, DecisionSource.PLATFORM, feeBreakdown, now);
        } else if (fee.done() && outstandingVnd() > 0) {
            fee.restart(StepState.PENDING, now);
            move(fee, StepDecision.ASSESS, StepState.FEE_ASSESSED, PLATFORM, DecisionSource.PLATFORM,
                    "reassessed after an amendment: " + outstandingVnd() + " VND more to pay", now);
        } else if (previous == feeAmountVnd) {
            return;
        }
        recordedEvents.record(new FeeAssessed(id.toString(), feeAmountVnd, outstandingVnd(), tariffVersion, feeBreakdown, now));
    }

    /**
     * The fee was paid through the payment provider. Paying again with the same reference changes nothing.
     *
     * @throws RuleViolation when the fee is not waiting for payment or the amount is not what is due
     */
    public void feePaid(long amountVnd, String reference, String invoice, String payer, Instant now) {
        CaseStep fee = step(ClearanceStep.FEE_PAYMENT);
        if (reference.equals(paymentReference) && fee.done()) {
            return;
        }
        requireOpen(ClearanceStep.FEE_PAYMENT.name());
        if (fee.state() != StepState.FEE_ASSESSED) {
            throw RuleViolation.conflict("illegal-transition", "step", ClearanceStep.FEE_PAYMENT + ": PAY is not allowed in state "
                    + fee.state() + "; legal there: " + StepTransitions.legalIn(ClearanceStep.FEE_PAYMENT, fee.state()));
        }
        if (amountVnd != outstandingVnd()) {
            throw new RuleViolation("amount-mismatch", "amountVnd",
                    "amountVnd: " + amountVnd + " VND paid, " + outstandingVnd() + " VND due");
        }
        feePaidVnd += amountVnd;
        paymentReference = reference;
        invoiceNumber = invoice;
        feePaidAt = now;
        move(fee, StepDecision.PAY, StepState.DONE, payer, DecisionSource.PLATFORM,
                "payment " + reference + ", e-invoice " + invoice, now);
        recordedEvents.record(new FeePaid(id.toString(), amountVnd, reference, invoice, payer, now));
        reevaluate(now);
    }

    /** What remains to pay, in VND. */
    public long outstandingVnd() {
        return Math.max(0, feeAmountVnd - feePaidVnd);
    }

    /** Whether the fee can be paid now. */
    public boolean feeDue() {
        return !status.closed() && step(ClearanceStep.FEE_PAYMENT).state() == StepState.FEE_ASSESSED;
    }

    // ------------------------------------------------------------------ readiness, release, rejection

    /**
     * After every change: holds the consignment while required documents are missing, tells the
     * queue when the vehicles may be called forward (every required document present, the customs
     * channel assigned, no open hold) and when they may no longer, rejects it when a step refused
     * it, and releases it when every required step is done.
     */
    private void reevaluate(Instant now) {
        if (status.closed()) {
            return;
        }
        Optional<CaseStep> failed = steps.stream().filter(s -> s.state() == StepState.FAILED).findFirst();
        if (failed.isPresent()) {
            reject(failed.get(), now);
            return;
        }
        Set<DocumentType> missing = missingDocuments();
        Optional<Hold> documentHold = openHolds().stream()
                .filter(h -> h.placedThrough() == DecisionSource.PLATFORM && Hold.DOCUMENTS.equals(h.step())).findFirst();
        if (!missing.isEmpty() && documentHold.isEmpty()) {
            placeHold(Hold.DOCUMENTS, "Missing documents: " + sorted(missing), PLATFORM, DecisionSource.PLATFORM, now);
        } else if (missing.isEmpty() && documentHold.isPresent()) {
            liftHold(documentHold.get(), PLATFORM, now);
        }
        status = step(ClearanceStep.CUSTOMS).state().channelAssigned() ? DeclarationStatus.IN_CLEARANCE : DeclarationStatus.SUBMITTED;
        boolean ready = missing.isEmpty() && openHolds().isEmpty() && step(ClearanceStep.CUSTOMS).state().channelAssigned();
        if (ready && !readyForGate) {
            readyForGate = true;
            note(now, "READY_FOR_GATE", PLATFORM, "Documents complete, customs channel " + customsChannel
                    + ", nothing held: vehicle(s) " + String.join(", ", bookingCodes) + " may be called forward");
            recordedEvents.record(new ConsignmentReadyForGate(id.toString(), customsDeclarationNumber,
                    List.copyOf(bookingCodes), perishable(), now));
        } else if (!ready && readyForGate) {
            readyForGate = false;
            if (!heldInThisChange) {
                String reason = "Version " + declarationVersion + " waits for the customs channel";
                note(now, "HOLD_PLACED", PLATFORM, "Held on CUSTOMS: " + reason);
                recordedEvents.record(new ConsignmentHeld(id.toString(), List.copyOf(bookingCodes),
                        ClearanceStep.CUSTOMS.name(), reason, now));
            }
        }
        heldInThisChange = false;
        boolean allDone = steps.stream().filter(CaseStep::required).allMatch(CaseStep::done);
        if (ready && allDone) {
            status = DeclarationStatus.CLEARED;
            clearedAt = now;
            note(now, "CLEARED", PLATFORM, "All agencies finished and the fee is paid; vehicle(s) "
                    + String.join(", ", bookingCodes) + " may leave");
            recordedEvents.record(new ConsignmentCleared(id.toString(), customsDeclarationNumber, List.copyOf(bookingCodes), now));
        }
    }

    private void reject(CaseStep failed, Instant now) {
        status = DeclarationStatus.REJECTED;
        readyForGate = false;
        rejectedAt = now;
        String reason = failed.reason() == null || failed.reason().isBlank() ? failed.step() + " refused" : failed.reason();
        rejectionReason = reason;
        note(now, "REJECTED", failed.decidedBy(), "Refused on " + failed.step() + ": " + reason);
        recordedEvents.record(new ConsignmentRejected(id.toString(), List.copyOf(bookingCodes), failed.step().name(), reason, now));
    }

    private void requireOpen(String what) {
        if (status.closed()) {
            throw RuleViolation.conflict("case-closed", "step", what + ": the consignment is already " + status
                    + "; nothing can change any more");
        }
    }

    private boolean perishable() {
        return goodsLines.stream().anyMatch(g -> PERISHABLE_CHAPTERS.contains(g.hsChapter()));
    }

    private Set<String> chapters() {
        return goodsLines.stream().map(GoodsItem::hsChapter).collect(Collectors.toCollection(TreeSet::new));
    }

    // ------------------------------------------------------------------ tracking

    /**
     * What holds the consignment up now: an open hold's step, missing documents, an unreachable
     * agency system, or the first required step not yet done in the order the gate works.
     */
    public Optional<String> blockingStep() {
        if (status.closed()) {
            return Optional.empty();
        }
        Optional<Hold> hold = openHolds().stream().findFirst();
        if (hold.isPresent()) {
            return Optional.of(hold.get().step());
        }
        if (!missingDocuments().isEmpty()) {
            return Optional.of(Hold.DOCUMENTS);
        }
        return steps.stream().filter(s -> s.required() && !s.done()).findFirst().map(s -> s.step().name());
    }

    /**
     * An estimate of what is left: the steps run side by side, so the longest remainder of an open
     * step, each step expected to take {@code expected} from when it started.
     */
    public Duration estimatedRemaining(Map<ClearanceStep, Duration> expected, Instant now) {
        if (status.closed()) {
            return Duration.ZERO;
        }
        Duration longest = Duration.ZERO;
        for (CaseStep s : steps) {
            if (!s.required() || s.done()) {
                continue;
            }
            Duration typical = expected.getOrDefault(s.step(), Duration.ZERO);
            Duration elapsed = s.startedAt() == null ? Duration.ZERO : Duration.between(s.startedAt(), now);
            Duration left = typical.minus(elapsed);
            if (left.compareTo(Duration.ZERO) > 0 && left.compareTo(longest) > 0) {
                longest = left;
            }
        }
        return longest;
    }

    // ------------------------------------------------------------------ the rest

    private DeclarationSubmitted submittedEvent(Instant now) {
        List<GoodsLine> lines = goodsLines.stream()
                .map(g -> new GoodsLine(g.lineNumber(), g.hsCode(), g.description(), g.quantity(), g.unit(),
                        g.netWeightKg(), g.grossWeightKg(), g.value(), g.currency(), g.originCountry()))
                .toList();
        List<DocumentReference> refs = documents.stream()
                .map(d -> new DocumentReference(d.type().name(), d.number(), d.sha256())).toList();
        return new DeclarationSubmitted(id.toString(), declarationVersion, declarant.taxCode(), declarant.name(),
                consignee, customsDeclarationNumber, direction, destinationCountry, List.copyOf(bookingCodes),
                lines, now, refs, perishable());
    }

    private void note(Instant at, String step, String actor, String detail) {
        timeline.add(new TimelineEntry(at, step, actor, detail));
    }

    private static String sorted(Set<DocumentType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    public CaseStep step(ClearanceStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst()
                .orElseThrow(() -> new IllegalStateException("No step " + step + " on declaration " + id));
    }

    public boolean isOwnedBy(String account) {
        return ownerAccount.equals(account);
    }

    /** The events caused since the last call; the caller publishes them. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public UUID id() {
        return id;
    }

    public int declarationVersion() {
        return declarationVersion;
    }

    public int customsVersion() {
        return customsVersion;
    }

    public String ownerAccount() {
        return ownerAccount;
    }

    public Declarant declarant() {
        return declarant;
    }

    public String consignee() {
        return consignee;
    }

    public String customsDeclarationNumber() {
        return customsDeclarationNumber;
    }

    public String direction() {
        return direction;
    }

    public String destinationCountry() {
        return destinationCountry;
    }

    public CustomsProcedure procedure() {
        return procedure;
    }

    public boolean inlandDelivery() {
        return inlandDelivery;
    }

    public List<String> bookingCodes() {
        return Collections.unmodifiableList(bookingCodes);
    }

    public List<GoodsItem> goodsLines() {
        return Collections.unmodifiableList(goodsLines);
    }

    public List<AttachedDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public Set<DocumentType> requiredDocuments() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(requiredDocuments));
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

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
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

    public long feeAmountVnd() {
        return feeAmountVnd;
    }

    public long feePaidVnd() {
        return feePaidVnd;
    }

    public String feeBreakdown() {
        return feeBreakdown;
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

    public Instant feePaidAt() {
        return feePaidAt;
    }

    public Instant submittedAt() {
        return submittedAt;
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
