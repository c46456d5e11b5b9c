package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.laocai.gate.events.BorderCheckCompleted;
import vn.laocai.gate.events.CertificateVerified;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsInspectionCompleted;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.DeclarationRejected;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.HandoffAccepted;
import vn.laocai.gate.events.HandoffDelayed;
import vn.laocai.gate.events.QuarantineResultReceived;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The handing of one piece of work to one agency system, and what the agency answered: a
 * declaration version to customs, a certificate to the National Single Window, a consignment of
 * plant or animal goods to quarantine, a checked-in vehicle and its driver to the border guard.
 * A handoff is opened once per (system, subject, key); it keeps the exact message it sends, so an
 * outage only delays it. Answers may come twice or out of order: customs answers heard before the
 * fact they follow (a release before the channel, an inspection result before the channel) are
 * held and applied in their proper order, and each fact is announced once.
 * Mapped with plain JPA annotations; no other framework reaches in here.
 */
@Entity
@Table(name = "handoff")
public class Handoff {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_system", nullable = false, updatable = false)
    private AgencySystem agencySystem;

    /** The declaration id; for the border guard, the booking code of the vehicle. */
    @Column(name = "declaration_id", nullable = false, updatable = false)
    private String subjectId;

    /** The declaration version the handoff was opened for (0 for a vehicle). */
    @Column(name = "declaration_version", nullable = false, updatable = false)
    private int version;

    /** What makes the handoff unique for its subject: the version for customs, the certificate for the NSW. */
    @Column(name = "handoff_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "customs_declaration_number", updatable = false)
    private String customsDeclarationNumber;

    /** The message sent to the agency, exactly as sent (JSON). */
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String payload;

    /** SHA-256 of the customs content (parties, goods lines, number, bookings) of a customs handoff. */
    @Column(name = "content_hash", updatable = false)
    private String contentHash;

    @Column(name = "document_type", updatable = false)
    private String documentType;

    @Column(name = "document_number", updatable = false)
    private String documentNumber;

    @Column(updatable = false)
    private String plate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoffState state;

    @Column(name = "agency_reference")
    private String agencyReference;

    @Enumerated(EnumType.STRING)
    private CustomsChannel channel;

    @Column(name = "inspection_result")
    private String inspectionResult;

    /** PASS/FAIL/SAMPLE/TREATMENT (quarantine), CLEARED/REFUSED (border guard), VALID/INVALID (certificates). */
    private String outcome;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** Since when the agency could not be reached; HandoffDelayed was announced then, once. */
    @Column(name = "delayed_since")
    private Instant delayedSince;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "channel_assigned_at")
    private Instant channelAssignedAt;

    @Column(name = "inspection_completed_at")
    private Instant inspectionCompletedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** A release heard before the facts it follows, waiting for them. */
    @Column(name = "held_release_at")
    private Instant heldReleaseAt;

    /** An inspection result heard before the channel assignment, waiting for it. */
    @Column(name = "held_inspection_result")
    private String heldInspectionResult;

    @Column(name = "held_inspection_remarks")
    private String heldInspectionRemarks;

    @Column(name = "held_inspection_at")
    private Instant heldInspectionAt;

    @Column(name = "last_answer_at")
    private Instant lastAnswerAt;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    protected Handoff() {
        // for JPA
    }

    private static Handoff open(AgencySystem system, String subjectId, int version, String key, String payload,
                                Instant now) {
        Handoff h = new Handoff();
        h.id = UUID.randomUUID();
        h.agencySystem = Objects.requireNonNull(system);
        h.subjectId = Objects.requireNonNull(subjectId);
        h.version = version;
        h.key = Objects.requireNonNull(key);
        h.payload = Objects.requireNonNull(payload);
        h.state = HandoffState.PENDING;
        h.createdAt = now;
        h.updatedAt = now;
        h.nextAttemptAt = now;
        return h;
    }

    /** A declaration version for customs, due now; {@code payload} is built by {@code message} from the new id. */
    public static Handoff customs(UUID id, String declarationId, int version, String customsDeclarationNumber,
                                  String contentHash, String payload, Instant now) {
        Handoff h = open(AgencySystem.VNACCS, declarationId, version, "v" + version, payload, now);
        h.id = id;
        h.customsDeclarationNumber = Objects.requireNonNull(customsDeclarationNumber);
        h.contentHash = Objects.requireNonNull(contentHash);
        return h;
    }

    /** A certificate named in a declaration, for verification by the National Single Window. */
    public static Handoff certificate(UUID id, String declarationId, int version, String documentType,
                                      String documentNumber, String payload, Instant now) {
        Handoff h = open(AgencySystem.NSW, declarationId, version, documentType + ":" + documentNumber, payload, now);
        h.id = id;
        h.documentType = documentType;
        h.documentNumber = documentNumber;
        return h;
    }

    /** A consignment with goods of plant or animal origin, for the plant/animal quarantine system. */
    public static Handoff quarantine(UUID id, String declarationId, int version, String customsDeclarationNumber,
                                     String payload, Instant now) {
        Handoff h = open(AgencySystem.QUARANTINE, declarationId, version, "PLANT_ANIMAL", payload, now);
        h.id = id;
        h.customsDeclarationNumber = customsDeclarationNumber;
        return h;
    }

    /** A checked-in vehicle and its driver, for the border guard's immigration check. */
    public static Handoff borderCheck(UUID id, String bookingCode, String plate, String payload, Instant now) {
        Handoff h = open(AgencySystem.BORDER_GUARD, bookingCode, 0, "check-in", payload, now);
        h.id = id;
        h.plate = Objects.requireNonNull(plate);
        return h;
    }

    public boolean isDue(Instant now) {
        return state == HandoffState.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * An instance of the adapter is about to send the handoff: the others leave it alone for
     * {@code lease}. If that instance dies before recording the outcome, the handoff falls due again
     * when the lease ends. Returns false when the handoff is not due (another instance has it).
     */
    public boolean claim(Instant now, Duration lease) {
        if (!isDue(now)) {
            return false;
        }
        nextAttemptAt = now.plus(lease);
        return true;
    }

    /**
     * The agency accepted the handoff under {@code reference}; announces it for a declaration.
     * A repeat of the same acceptance changes nothing.
     */
    public List<GateEvent> submitted(String reference, Instant now) {
        Objects.requireNonNull(reference, "reference");
        if (state != HandoffState.PENDING) {
            if (!reference.equals(agencyReference)) {
                throw new IllegalStateException("Handoff " + id + " is " + state + " under " + agencyReference
                        + ", not " + reference);
            }
            return List.of();
        }
        attempts++;
        state = HandoffState.SUBMITTED;
        agencyReference = reference;
        submittedAt = now;
        lastError = null;
        nextAttemptAt = null;
        updatedAt = now;
        return agencySystem.aboutDeclaration()
                ? List.of(new HandoffAccepted(subjectId, version, agencySystem.name(), reference, now))
                : List.of();
    }

    /**
     * The agency could not be reached or failed; the handoff stays PENDING and is tried again later.
     * The first failure announces that the declaration waits for the agency; later ones do not.
     */
    public List<GateEvent> submissionFailed(String error, Instant now, RetrySchedule schedule) {
        if (state != HandoffState.PENDING) {
            return List.of();
        }
        attempts++;
        lastError = error;
        nextAttemptAt = now.plus(schedule.after(attempts));
        updatedAt = now;
        if (delayedSince != null) {
            return List.of();
        }
        delayedSince = now;
        return agencySystem.aboutDeclaration()
                ? List.of(new HandoffDelayed(subjectId, version, agencySystem.name(), error, now))
                : List.of();
    }

    /** The agency is back: a waiting handoff is due at once instead of at its backed-off time. */
    public void dueNow(Instant now) {
        if (state == HandoffState.PENDING && nextAttemptAt.isAfter(now)) {
            nextAttemptAt = now;
        }
    }

    /** The agency refused the handoff as it stands: it is not sent again. */
    public List<GateEvent> rejected(String reason, Instant now) {
        if (state != HandoffState.PENDING) {
            return List.of();
        }
        attempts++;
        lastError = reason;
        nextAttemptAt = null;
        updatedAt = now;
        return reject(reason, now);
    }

    private List<GateEvent> reject(String reason, Instant at) {
        state = HandoffState.REJECTED;
        return agencySystem.aboutDeclaration()
                ? List.of(new DeclarationRejected(subjectId, version, agencySystem.name(), reason, at))
                : List.of();
    }

    /**
     * Applies an answer of the agency and returns the events it causes, in the order they happened.
     * Answers repeating what is already known, or arriving after the handoff ended, cause nothing.
     *
     * @throws IllegalArgumentException when the answer belongs to another handoff or another system
     */
    public List<GateEvent> apply(AgencyAnswer answer, Instant now) {
        if (!answer.agencyReference().equals(agencyReference)) {
            throw new IllegalArgumentException("Answer for " + answer.agencyReference() + " applied to " + agencyReference);
        }
        if (answer.type().system() != agencySystem) {
            throw new IllegalArgumentException(answer.type() + " is no answer of " + agencySystem);
        }
        lastAnswerAt = now;
        updatedAt = now;
        List<GateEvent> events = new ArrayList<>(3);
        if (state == HandoffState.REJECTED || state == HandoffState.RELEASED || state == HandoffState.COMPLETED) {
            return events;
        }
        switch (answer.type()) {
            case CHANNEL_ASSIGNED -> assignChannel(answer, events);
            case INSPECTION_COMPLETED -> {
                if (inspectionResult == null && heldInspectionResult == null) {
                    heldInspectionResult = answer.result();
                    heldInspectionRemarks = answer.remarks();
                    heldInspectionAt = answer.occurredAt();
                    drainHeld(events);
                }
            }
            case RELEASED -> {
                if (heldReleaseAt == null) {
                    heldReleaseAt = answer.occurredAt();
                    drainHeld(events);
                }
            }
            case REJECTED -> events.addAll(reject(answer.reason(), answer.occurredAt()));
            case CERTIFICATE_VERIFIED -> {
                complete(answer.valid() ? "VALID" : "INVALID", answer.occurredAt());
                events.add(new CertificateVerified(subjectId, version, documentType, documentNumber, answer.valid(),
                        answer.reason(), answer.occurredAt()));
            }
            case QUARANTINE_DECIDED -> decideQuarantine(answer, events);
            case BORDER_CHECKED -> {
                complete(answer.outcome(), answer.occurredAt());
                events.add(new BorderCheckCompleted(subjectId, plate, answer.outcome(), answer.reason(),
                        answer.occurredAt()));
            }
        }
        return events;
    }

    private void assignChannel(AgencyAnswer answer, List<GateEvent> events) {
        if (channel != null) {
            return;
        }
        channel = answer.channel();
        channelAssignedAt = answer.occurredAt();
        state = HandoffState.CHANNEL_ASSIGNED;
        events.add(new CustomsChannelAssigned(subjectId, version, customsDeclarationNumber, channel.name(),
                agencyReference, channelAssignedAt));
        if (channel != CustomsChannel.GREEN) {
            events.add(new CustomsInspectionOrdered(subjectId, version, customsDeclarationNumber,
                    channel == CustomsChannel.YELLOW ? "DOCUMENTARY" : "PHYSICAL", agencyReference, channelAssignedAt));
        }
        drainHeld(events);
    }

    /** Applies held answers whose preceding facts are now known: inspection after channel, release after both. */
    private void drainHeld(List<GateEvent> events) {
        if (channel == null) {
            return;
        }
        if (heldInspectionResult != null && channel != CustomsChannel.GREEN) {
            inspectionResult = heldInspectionResult;
            inspectionCompletedAt = heldInspectionAt;
            events.add(new CustomsInspectionCompleted(subjectId, version, customsDeclarationNumber, inspectionResult,
                    heldInspectionRemarks, inspectionCompletedAt));
            heldInspectionResult = null;
            heldInspectionRemarks = null;
            heldInspectionAt = null;
        }
        boolean inspected = channel == CustomsChannel.GREEN || inspectionResult != null;
        if (heldReleaseAt != null && inspected) {
            releasedAt = heldReleaseAt;
            heldReleaseAt = null;
            state = HandoffState.RELEASED;
            events.add(new CustomsReleased(subjectId, version, customsDeclarationNumber, agencyReference, releasedAt));
        }
    }

    private void decideQuarantine(AgencyAnswer answer, List<GateEvent> events) {
        if (answer.outcome().equals(outcome) || (outcomeAt != null && !answer.occurredAt().isAfter(outcomeAt))) {
            return;
        }
        outcome = answer.outcome();
        outcomeAt = answer.occurredAt();
        if (QuarantineOutcome.valueOf(outcome).isFinal()) {
            state = HandoffState.COMPLETED;
        }
        events.add(new QuarantineResultReceived(subjectId, version, "PLANT_ANIMAL", outcome, answer.certificateNumber(),
                answer.remarks(), outcomeAt));
    }

    private void complete(String outcome, Instant at) {
        this.outcome = outcome;
        this.outcomeAt = at;
        state = HandoffState.COMPLETED;
    }

    /** The agency was asked for answers (whether or not it had new ones). */
    public void polled(Instant now) {
        lastPolledAt = now;
    }

    public UUID id() {
        return id;
    }

    public AgencySystem agencySystem() {
        return agencySystem;
    }

    /** The declaration id, or the booking code for a border check. */
    public String subjectId() {
        return subjectId;
    }

    public int version() {
        return version;
    }

    public String key() {
        return key;
    }

    public String customsDeclarationNumber() {
        return customsDeclarationNumber;
    }

    public String payload() {
        return payload;
    }

    public String contentHash() {
        return contentHash;
    }

    public String documentType() {
        return documentType;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String plate() {
        return plate;
    }

    public HandoffState state() {
        return state;
    }

    public String agencyReference() {
        return agencyReference;
    }

    public CustomsChannel channel() {
        return channel;
    }

    public String inspectionResult() {
        return inspectionResult;
    }

    public String outcome() {
        return outcome;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant delayedSince() {
        return delayedSince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant channelAssignedAt() {
        return channelAssignedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public boolean releaseHeld() {
        return heldReleaseAt != null;
    }

    public Instant lastAnswerAt() {
        return lastAnswerAt;
    }

    public Instant lastPolledAt() {
        return lastPolledAt;
    }
}
