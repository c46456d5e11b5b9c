package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import vn.laocai.gate.events.DeclarationRejected;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.HandoffAccepted;
import vn.laocai.gate.events.HandoffDelayed;
import vn.laocai.gate.support.domain.RecordedEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The handing of one piece of work to one agency system, and what the agency answered: a
 * declaration version to customs, a certificate to the National Single Window, a consignment of
 * plant or animal goods to quarantine, a checked-in vehicle and its driver to the border guard.
 * A handoff is opened once per (system, subject, key); it keeps the exact message it sends, so an
 * outage only delays it. How it is sent and retried is its {@link Delivery}; what customs answered,
 * held in order, its {@link CustomsProgress}. Answers may come twice or out of order; each fact is
 * announced once. The events its changes cause are recorded here until {@link #drainEvents()}.
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

    @Embedded
    private Delivery delivery;

    @Embedded
    private Followup followup;

    /** Null until customs answered (JPA reads an embeddable of null columns as null). */
    @Embedded
    private CustomsProgress customs;

    /** PASS/FAIL/SAMPLE/TREATMENT (quarantine), CLEARED/REFUSED (border guard), VALID/INVALID (certificates). */
    @Embedded
    private Verdict verdict;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    protected Handoff() {
        // for JPA
    }

    private static Handoff open(UUID id, AgencySystem system, String subjectId, int version, String key,
                                String payload, Instant now) {
        Handoff h = new Handoff();
        h.id = Objects.requireNonNull(id);
        h.agencySystem = Objects.requireNonNull(system);
        h.subjectId = Objects.requireNonNull(subjectId);
        h.version = version;
        h.key = Objects.requireNonNull(key);
        h.payload = Objects.requireNonNull(payload);
        h.state = HandoffState.PENDING;
        h.delivery = Delivery.dueAt(now);
        h.followup = new Followup();
        h.createdAt = now;
        h.updatedAt = now;
        return h;
    }

    /** A declaration version for customs, due now; {@code payload} is built by {@code message} from the new id. */
    public static Handoff customs(UUID id, String declarationId, int version, String customsDeclarationNumber,
                                  String contentHash, String payload, Instant now) {
        Handoff h = open(id, AgencySystem.VNACCS, declarationId, version, "v" + version, payload, now);
        h.customsDeclarationNumber = Objects.requireNonNull(customsDeclarationNumber);
        h.contentHash = Objects.requireNonNull(contentHash);
        return h;
    }

    /** A certificate named in a declaration, for verification by the National Single Window, under {@code key} ({@link Routing#certificateKey}). */
    public static Handoff certificate(UUID id, String declarationId, int version, String documentType,
                                      String documentNumber, String key, String payload, Instant now) {
        Handoff h = open(id, AgencySystem.NSW, declarationId, version, key, payload, now);
        h.documentType = documentType;
        h.documentNumber = documentNumber;
        return h;
    }

    /** A consignment with goods of plant or animal origin, for the plant/animal quarantine system. */
    public static Handoff quarantine(UUID id, String declarationId, int version, String customsDeclarationNumber,
                                     String payload, Instant now) {
        Handoff h = open(id, AgencySystem.QUARANTINE, declarationId, version, "PLANT_ANIMAL", payload, now);
        h.customsDeclarationNumber = customsDeclarationNumber;
        return h;
    }

    /** A checked-in vehicle and its driver, for the border guard's immigration check. */
    public static Handoff borderCheck(UUID id, String bookingCode, String plate, String payload, Instant now) {
        Handoff h = open(id, AgencySystem.BORDER_GUARD, bookingCode, 0, "check-in", payload, now);
        h.plate = Objects.requireNonNull(plate);
        return h;
    }

    public boolean isDue(Instant now) {
        return (state == HandoffState.PENDING || state.resubmitting()) && delivery.isDue(now);
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
        delivery.claim(now, lease);
        return true;
    }

    /**
     * The agency accepted the handoff under {@code reference}; announced for a declaration.
     * A repeat of the same acceptance changes nothing. A lost or overdue handoff sent again goes on
     * under the reference of this acceptance (the same one when the agency still had it).
     */
    public void submitted(String reference, Instant now) {
        Objects.requireNonNull(reference, "reference");
        if (state != HandoffState.PENDING && !state.resubmitting()) {
            if (!reference.equals(delivery.agencyReference())) {
                throw new IllegalStateException("Handoff " + id + " is " + state + " under "
                        + delivery.agencyReference() + ", not " + reference);
            }
            return;
        }
        delivery.accepted(reference, now);
        state = answeringState();
        updatedAt = now;
        announce(new HandoffAccepted(subjectId, version, agencySystem.name(), reference, now));
    }

    /**
     * The agency could not be reached or failed; the handoff stays PENDING and is tried again later.
     * The first failure announces that the declaration waits for the agency; later ones do not.
     */
    public void submissionFailed(String error, Instant now, RetrySchedule schedule) {
        if (state != HandoffState.PENDING && !state.resubmitting()) {
            return;
        }
        updatedAt = now;
        if (delivery.failed(error, now, schedule)) {
            announce(new HandoffDelayed(subjectId, version, agencySystem.name(), error, now));
        }
    }

    /** The agency is back: a waiting handoff is due at once instead of at its backed-off time. */
    public void dueNow(Instant now) {
        if (state == HandoffState.PENDING) {
            delivery.dueNow(now);
        }
    }

    /** The agency refused the handoff as it stands: it is not sent again. */
    public void rejected(String reason, Instant now) {
        if (state != HandoffState.PENDING && !state.resubmitting()) {
            return;
        }
        delivery.refused(reason);
        updatedAt = now;
        reject(reason, now);
    }

    private void reject(String reason, Instant at) {
        state = HandoffState.REJECTED;
        announce(new DeclarationRejected(subjectId, version, agencySystem.name(), reason, at));
    }

    /**
     * Applies an answer of the agency, recording the events it causes in the order they happened.
     * Answers repeating what is already known, or arriving after the handoff ended, cause nothing.
     *
     * @throws IllegalArgumentException when the answer belongs to another handoff or another system
     */
    public void apply(AgencyAnswer answer, Instant now) {
        if (!delivery.isAbout(answer)) {
            throw new IllegalArgumentException("Answer for " + answer.agencyReference() + " applied to "
                    + delivery.agencyReference());
        }
        if (answer.type().system() != agencySystem) {
            throw new IllegalArgumentException(answer.type() + " is no answer of " + agencySystem);
        }
        delivery.heard(now);
        updatedAt = now;
        if (state.isFinal()) {
            return;
        }
        if (state.needsAttention()) {
            delivery.resend(null);
            state = answeringState();
        }
        switch (answer.type()) {
            case CHANNEL_ASSIGNED, INSPECTION_COMPLETED, RELEASED -> {
                if (customs == null) {
                    customs = new CustomsProgress();
                }
                customs.apply(answer, new CustomsProgress.Declaration(subjectId, version, customsDeclarationNumber,
                        delivery.agencyReference()), recordedEvents::record);
                state = customs.stateAfter(state);
            }
            case REJECTED -> reject(answer.reason(), answer.occurredAt());
            case CERTIFICATE_VERIFIED, QUARANTINE_DECIDED, BORDER_CHECKED -> {
                if (verdict == null) {
                    verdict = new Verdict();
                }
                if (verdict.decide(this, answer, recordedEvents::record)) {
                    state = HandoffState.COMPLETED;
                }
            }
        }
    }

    /** The agency does not know the reference: see {@link Followup} for what follows. */
    public void lost(String reason, Instant now, boolean resubmissionAllowed) {
        lapse(Lapse.LOST, reason, now, now, resubmissionAllowed);
    }

    /** No answer within {@code deadline}: handled like a lost handoff, once past it. */
    public void checkDeadline(AnswerDeadline deadline, Instant now, boolean resubmissionAllowed) {
        if (state.awaitsAnswers()) {
            deadline.overdueSince(this, now).ifPresent(since -> lapse(Lapse.OVERDUE, deadline.reason(this), since, now,
                    resubmissionAllowed));
        }
    }

    private void lapse(Lapse lapse, String reason, Instant since, Instant now, boolean resubmissionAllowed) {
        if (state.awaitsAnswers()) {
            state = followup().lapsed(lapse, reason, since, now, resubmissionAllowed);
            delivery.resend(state.resubmitting() ? now : null);
            updatedAt = now;
            announce(followup.event(this));
        }
    }

    /** The state of a handoff handed over, from what it has heard. */
    private HandoffState answeringState() {
        return customs == null ? HandoffState.SUBMITTED : customs.stateAfter(HandoffState.SUBMITTED);
    }

    /** Events about a vehicle (the border guard's) are announced by the answer alone. */
    private void announce(GateEvent event) {
        if (agencySystem.aboutDeclaration()) {
            recordedEvents.record(event);
        }
    }

    /** The agency was asked for answers (whether or not it had new ones). */
    public void polled(Instant now) {
        delivery.polled(now);
    }

    /** The events recorded since the last call, for the outbox. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
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

    public Delivery delivery() {
        return delivery;
    }

    /** What was done about a lost or overdue handoff. */
    public Followup followup() {
        return followup == null ? (followup = new Followup()) : followup;
    }

    public String agencyReference() {
        return delivery.agencyReference();
    }

    /** What customs answered so far (empty for the other systems). */
    public CustomsProgress customs() {
        return customs == null ? new CustomsProgress() : customs;
    }

    public String outcome() {
        return verdict == null ? null : verdict.outcome();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
