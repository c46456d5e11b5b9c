package vn.laocai.gate.clearance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.events.DeclarationAmended;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentAttached;
import vn.laocai.gate.events.DocumentReference;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A trader's declaration of one consignment, the aggregate of clearance-service. It submits and
 * amends, and hands the work to its parts: what is declared ({@link DeclaredConsignment}) and its
 * {@link Versions} (an amendment or a document makes a new one), the {@link Documents}, the
 * {@link ClearanceCase} (steps, holds, decisions, readiness), the {@link FeeAccount} and the
 * {@link BookingLinks} (each booking linked under the driver's consent, {@link LinkConsent}); an agency
 * system's answer comes in as an {@link AgencyAnswer}. Every change goes on the timeline and records
 * the events it causes.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    /** Who the platform itself is on the timeline. */
    public static final String PLATFORM = "platform";

    @Id
    private UUID id;

    @Embedded
    private Versions versions;

    @Column(name = "owner_account", nullable = false, updatable = false)
    private String ownerAccount;

    /**
     * The trading company whose declaration it is (tax code or credit code); null for a trader acting for no
     * organisation. Set right after the submission's insert ({@link #declaredFor}), so it must stay updatable.
     */
    @Column
    private String company;

    /** The customs broker that declared it on the company's behalf; null when the company's own staff did. */
    @Column
    private String broker;

    @Embedded
    private DeclaredConsignment declared;

    @ElementCollection
    @CollectionTable(name = "declaration_document", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<AttachedDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "required_document", joinColumns = @JoinColumn(name = "declaration_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private Set<DocumentType> requiredDocuments = new HashSet<>();

    @Embedded
    private ClearanceCase clearance;

    @Embedded
    private FeeAccount fee;

    @ElementCollection
    @CollectionTable(name = "declaration_booking_link", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<BookingLink> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_timeline", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long revision;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    protected Declaration() {
    }

    /**
     * Submits a declaration for the consignment carried on the bookings linked ({@link LinkConsent#link}).
     *
     * @throws RuleViolation when a rule refuses it (too many lines, gross below net weight, inland delivery of an export)
     */
    public static Declaration submit(UUID id, String ownerAccount, DeclarationData data, LinkConsent.Linked linked,
                                     ClearancePolicy policy, Instant now) {
        data.check();
        Declaration d = new Declaration();
        d.linksOf().replaceWith(linked.links());
        d.id = id;
        d.versions = Versions.first();
        d.ownerAccount = ownerAccount;
        d.declared = DeclaredConsignment.of(data);
        d.submittedAt = now;
        d.fee = FeeAccount.none();
        RequirementRules.Requirements required = d.declared.requirements(policy);
        d.documents().require(required.documents());
        d.clearance = ClearanceCase.open(required.steps(), now);
        d.note(now, "DECLARATION_SUBMITTED", ownerAccount, "Declaration " + data.customsDeclarationNumber()
                + " submitted with " + data.goodsLines().size() + " goods line(s) for booking(s) "
                + String.join(", ", data.bookingCodes()) + "; required documents: " + Documents.names(required.documents()),
                "number", data.customsDeclarationNumber(), "lines", data.goodsLines().size(), "bookings", String.join(", ", data.bookingCodes()));
        d.record(d.submittedEvent(now));
        d.assessFee(policy, linked.trips(), now);
        d.linksOf().keepHeldWhilePending(d, now);
        d.clearance.reevaluate(d, now);
        return d;
    }

    private void assessFee(ClearancePolicy policy, List<Trip> trips, Instant now) {
        fee.assess(this, declared.fee(policy, trips), now);
    }

    /**
     * Amends the declaration into a new version, on the bookings linked ({@link LinkConsent#link}). Only
     * the steps the change affects start over ({@link Amendment}), and the fee is assessed again.
     *
     * @return false when nothing changed (no new version)
     * @throws RuleViolation when the case is closed, the direction changes or a rule refuses the data
     */
    public boolean amend(DeclarationData data, LinkConsent.Linked linked, ClearancePolicy policy, String actor, Instant now) {
        if (clearance.status() != DeclarationStatus.REJECTED) {
            clearance.requireOpen("declaration");
        }
        data.check();
        if (declared.direction() != data.direction()) {
            throw new RuleViolation("direction-fixed", "direction",
                    "direction: a declaration for " + declared.direction() + " cannot become " + data.direction() + "; declare anew").with("from", declared.direction()).with("to", data.direction());
        }
        Amendment amendment = Amendment.between(declared, data, linksOf().differFrom(linked.links()));
        if (amendment.isEmpty()) {
            return false;
        }
        clearance.requireAmendable(amendment);
        int version = versions.amended(amendment);
        declared.take(data);
        linksOf().replaceWith(linked.links());
        Set<ClearanceStep> required = Set.of();
        if (amendment.changesCustomsData()) {
            RequirementRules.Requirements requirements = declared.requirements(policy);
            documents().require(requirements.documents());
            required = requirements.steps();
        }
        Set<ClearanceStep> restarted = amendment.restartSteps(this, required, actor, now);
        // what agency systems refused was about an older version: they answer the new one afresh
        clearance.holdsOf().liftWhere(this, Hold::liftsOnNextVersion, actor, now);
        List<String> restartedNames = restarted.stream().map(Enum::name).toList();
        note(now, "DECLARATION_AMENDED", actor, "Version " + version + ": changed " + amendment.names()
                + (restarted.isEmpty() ? "; no step restarts" : "; restarted " + restartedNames),
                "version", version, "restarted", restarted.isEmpty() ? "phrase.no-restart" : "phrase.restarted", "steps", String.join(", ", restartedNames));
        record(new DeclarationAmended(id.toString(), version, amendment.names(), restartedNames, actor, now));
        record(submittedEvent(now));
        assessFee(policy, linked.trips(), now);
        linksOf().keepHeldWhilePending(this, now);
        clearance.reevaluate(this, now);
        return true;
    }

    /**
     * Attaches a document: a new version of the declaration (customs data unchanged, so customs does
     * not start over), and a step closer to complete.
     */
    public void attachDocument(AttachedDocument document, Instant now) {
        clearance.requireOpen("documents");
        int version = versions.next();
        documents().attach(document, version);
        note(now, "DOCUMENT_ATTACHED", document.attachedBy(), document.type() + " " + document.number()
                + (document.hasFile() ? " (" + document.fileName() + ", " + document.sizeBytes() + " bytes, SHA-256 " + document.sha256() + ")" : ""),
                "document", document.type().name(), "number", document.number());
        record(new DocumentAttached(id.toString(), version, document.documentId().toString(),
                document.type().name(), document.number(), document.sha256(), document.sizeBytes(), document.attachedBy(), now));
        record(submittedEvent(now));
        clearance.holdsOf().liftWhere(this, h -> h.liftsOnNextVersion() && Hold.DOCUMENTS.equals(h.step()), document.attachedBy(), now);
        holdForSignature(document, now);
        clearance.reevaluate(this, now);
    }

    /**
     * A certificate whose signature does not hold (altered, untrusted) holds the consignment on the step of the agency
     * that reads it, until the trader attaches one of that type whose signature holds (or an unsigned one, marked so)
     * or that agency's officer lifts the hold after checking it another way.
     */
    private void holdForSignature(AttachedDocument document, Instant now) {
        ClearanceStep step = document.type().checkedBy();
        if (step == null || document.signature() == null) {
            return;
        }
        if (document.signatureFailed()) {
            DocumentSignature signature = document.signature();
            clearance.holdsOf().place(this, step.name(), document.type() + " " + document.number() + ": signature "
                            + signature.status() + (signature.problem() == null ? "" : " (" + signature.problem() + ")"),
                    Hold.reason(Hold.SIGNATURE_REASON, "document", document.type().name(), "number", document.number(),
                            "status", signature.status().name()), PLATFORM, DecisionSource.PLATFORM, now)
                    .awaiting(HoldEvidence.SOUND_SIGNATURE, document.type(), document.attachedInVersion());
        } else {
            clearance.holdsOf().liftWhere(this, h -> h.forSignatureOf(document.type()), PLATFORM, now);
        }
    }

    /** An officer decides on a step ({@link ClearanceCase#decide}). */
    public void decide(ClearanceStep step, StepDecision decision, String officer, String reason, Instant now) {
        clearance.decide(this, step, decision, officer, reason, now);
    }

    /** An officer holds the consignment on their step; a reason is required. */
    public Hold hold(String step, String reason, String officer, Instant now) {
        return clearance.hold(this, step, reason, officer, now);
    }

    /** An officer lifts a hold; the platform's own hold for missing documents lifts itself. */
    public void lift(int holdNumber, String officer, Instant now) {
        clearance.lift(this, holdNumber, officer, now);
    }

    /**
     * An officer of a failed step's agency records what becomes of the goods: treatment and re-inspection, a split lot
     * ({@code lines} rejected, {@code disposal} their fate), re-export, return to the exporter, destruction
     * ({@link Outcomes#order}).
     */
    public CaseOutcome recordOutcome(ClearanceStep step, InspectionOutcome outcome, InspectionOutcome disposal, List<SplitLine> lines,
                                     String reason, String officer, Instant now) {
        return clearance.recordOutcome(this, step, outcome, disposal, lines, reason, officer, now);
    }

    /** The officer records an ordered outcome carried out, with its record ({@link Outcomes#carryOut}). */
    public CaseOutcome outcomeCarriedOut(int number, String reference, String officer, Instant now) {
        return clearance.outcomeCarriedOut(this, number, reference, officer, now);
    }

    /** The fee was paid through the payment provider ({@link FeeAccount#pay}); the same reference again changes nothing. */
    public void feePaid(long amountVnd, String reference, String invoice, String payer, Instant now) {
        fee.pay(this, amountVnd, reference, invoice, payer, now);
        clearance.reevaluate(this, now);
    }

    /** The payment provider confirmed a refund of fee paid beyond a lowered reassessment ({@link FeeAccount#refunded}). */
    public void feeRefunded(long amountVnd, String paymentReference, String refundReference, String reason, Instant now) {
        fee.refunded(this, amountVnd, paymentReference, refundReference, reason, now);
    }

    /** Whether the fee can be paid now. */
    public boolean feeDue() {
        return !clearance.status().closed() && clearance.step(ClearanceStep.FEE_PAYMENT).state() == StepState.FEE_ASSESSED;
    }

    /** An agency system answered: the one entry point for every kind of {@link AgencyAnswer}. */
    public void answer(AgencyAnswer answer) {
        answer.applyTo(this);
    }

    /** A vehicle of the consignment moved at the yard or the gate: a line on the timeline. */
    public void vehicleMoved(String bookingCode, String step, String detail, Message said, Instant at) {
        if (declared.bookingCodes().contains(bookingCode)) {
            note(at, step, "gate", detail, said);
        }
    }

    /** A booking the consignment travels on was cancelled: held until the trader amends the bookings. */
    public void bookingCancelled(String bookingCode, String reason, Instant at) {
        if (!declared.bookingCodes().contains(bookingCode) || clearance.status().closed()) {
            return;
        }
        clearance.holdsOf().place(this, Hold.BOOKINGS, "Booking " + bookingCode + " was cancelled (" + reason + "); amend the bookings",
                Hold.reason("booking-cancelled", "booking", bookingCode, "cancelReason", reason), "vehicle-queue", DecisionSource.PLATFORM, at);
        clearance.reevaluate(this, at);
    }

    /**
     * The driver withdrew the consent a booking of the consignment was linked under ({@link BookingLinks}).
     *
     * @return the hold placed until the trader names another booking; none when no link stood under that consent
     */
    public Optional<Hold> bookingConsentWithdrawn(String bookingCode, String consentId, Instant at) {
        return linksOf().consentWithdrawn(this, bookingCode, consentId, at);
    }

    /**
     * Clearance heard of a booking or of its driver's consent: a pending link to it is linked (the fee
     * then charged for its vehicle) or refused ({@link BookingLinks#heardOf}).
     *
     * @return whether a link settled
     */
    public boolean bookingHeard(String bookingCode, Function<String, LinkConsent.Standing> standings, ClearancePolicy policy,
                                Instant at) {
        if (!linksOf().heardOf(this, bookingCode, standings.apply(bookingCode), at)) {
            return false;
        }
        assessFee(policy, linksOf().trips(standings), at);
        clearance.reevaluate(this, at);
        return true;
    }

    /**
     * Links still pending {@code wait} after their bookings were named are refused ({@link BookingLinks#expire}).
     *
     * @return whether a link was refused
     */
    public boolean pendingLinksExpired(Duration wait, Instant at) {
        if (!linksOf().expire(this, wait, at)) {
            return false;
        }
        clearance.reevaluate(this, at);
        return true;
    }

    /**
     * What holds the consignment up now: an open hold's step, missing documents, or the first
     * required step not yet done in the order the gate works.
     */
    public Optional<String> blockingStep() {
        if (clearance.status().closed()) {
            return Optional.empty();
        }
        Optional<Hold> hold = clearance.openHolds().stream().findFirst();
        if (hold.isPresent()) {
            return Optional.of(hold.get().step());
        }
        if (!documents().complete()) {
            return Optional.of(Hold.DOCUMENTS);
        }
        return clearance.steps().stream().filter(s -> s.required() && !s.done()).findFirst().map(s -> s.step().name());
    }

    /** Whether any of the goods spoil ({@link GoodsItem#perishable()}): the queue gives such vehicles priority. */
    public boolean perishable() {
        return declared.perishable();
    }

    private DeclarationSubmitted submittedEvent(Instant now) {
        List<DocumentReference> refs = documents.stream()
                .map(d -> new DocumentReference(d.type().name(), d.number(), d.sha256())).toList();
        return new DeclarationSubmitted(id.toString(), versions.current(), declared.declarant().taxCode(),
                declared.declarant().name(), declared.consignee(), declared.customsDeclarationNumber(),
                declared.direction().name(), declared.destinationCountry(), declared.bookingCodes(), declared.lines(), now,
                refs, perishable(), linksOf().consentIdsOf(declared.bookingCodes()), ownerAccount);
    }

    /** A line on the timeline: {@code detail} for the record (English), said to readers as {@code timeline.<step>} with the parameters. */
    void note(Instant at, String step, String actor, String detail, Object... parameters) {
        note(at, step, actor, detail, Message.of("timeline." + step, parameters));
    }

    void note(Instant at, String step, String actor, String detail, Message said) {
        timeline.add(new TimelineEntry(at, step, actor, detail, said));
    }

    /** Records an event the current change causes. */
    void record(GateEvent event) {
        recordedEvents.record(event);
    }

    /** The events caused since the last call; the application service hands them to the outbox. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public boolean isOwnedBy(String account) {
        return ownerAccount.equals(account);
    }

    public UUID id() {
        return id;
    }

    public int declarationVersion() {
        return versions.current();
    }

    /** The version whose customs data customs works on ({@link Versions}). */
    public int customsVersion() {
        return versions.customs();
    }

    Versions versions() {
        return versions;
    }

    public String ownerAccount() {
        return ownerAccount;
    }

    /**
     * Records, right after its submission, whose declaration it is: {@code company}'s, declared by {@code actor}
     * for the company itself or, when {@code broker} is given, as an agent of that broker on the company's behalf;
     * a line on the timeline says who acted for whom.
     */
    public void declaredFor(String company, String broker, String actor, Instant now) {
        this.company = company;
        this.broker = broker;
        if (broker == null) {
            note(now, "DECLARED_FOR_COMPANY", actor, actor + " declared for company " + company, "company", company);
        } else {
            note(now, "DECLARED_ON_BEHALF", actor, actor + " of broker " + broker + " declared on behalf of company " + company,
                    "broker", broker, "company", company);
        }
    }

    /** The trading company whose declaration it is; null for a trader acting for no organisation. */
    public String company() {
        return company;
    }

    /** The broker that declared it for the company; null when the company's staff did. */
    public String broker() {
        return broker;
    }

    /** What the version in force declares. */
    /** What the officer of {@code step} verifies on this consignment, and why, from the rules that match its version in force. */
    public Checklist checklist(ClearancePolicy policy, ClearanceStep step) {
        return Checklist.of(step, clearance.step(step).state(), policy.requirements().version(), declarationVersion(),
                declared.rules(policy), documents());
    }

    public DeclaredConsignment declared() {
        return declared;
    }

    public String customsDeclarationNumber() {
        return declared.customsDeclarationNumber();
    }

    public List<String> bookingCodes() {
        return declared.bookingCodes();
    }

    private BookingLinks linksOf() {
        return new BookingLinks(links);
    }

    /** Each booking's link and the consent it was made under, in the order linked. */
    public List<BookingLink> links() {
        return Collections.unmodifiableList(links);
    }

    public Documents documents() {
        return new Documents(documents, requiredDocuments);
    }

    public ClearanceCase clearance() {
        return clearance;
    }

    public FeeAccount fee() {
        return fee;
    }

    /**
     * The timeline in the order things happened. Lines are kept in the order they were written, and a line about a
     * vehicle carries the time the queue service saw it move, which can come after a later local line (events arrive
     * late, clocks differ); readers get them by time, lines of the same instant in the order written.
     */
    public List<TimelineEntry> timeline() {
        return timeline.stream().sorted(Comparator.comparing(TimelineEntry::at)).toList();
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
