package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.GateEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The handing of one declaration version to one agency system, and what the agency answered.
 * One declaration version is handed to an agency once. The handoff keeps the declaration it must
 * send, so that an agency outage only delays it. Answers may come twice or out of order: a release
 * heard before the channel assignment is held and applied right after it, and each fact is
 * announced once. Mapped with plain JPA annotations; no other framework reaches in here.
 */
@Entity
@Table(name = "handoff")
public class Handoff {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_system", nullable = false, updatable = false)
    private AgencySystem agencySystem;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private String declarationId;

    @Column(name = "declaration_version", nullable = false, updatable = false)
    private int version;

    @Column(name = "customs_declaration_number", nullable = false, updatable = false)
    private String customsDeclarationNumber;

    /** The declaration as received (DeclarationSubmitted JSON), translated for the agency when sent. */
    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandoffState state;

    @Column(name = "agency_reference")
    private String agencyReference;

    @Enumerated(EnumType.STRING)
    private CustomsChannel channel;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "channel_assigned_at")
    private Instant channelAssignedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** A release heard before the channel assignment, waiting for it. */
    @Column(name = "held_release_at")
    private Instant heldReleaseAt;

    @Column(name = "last_answer_at")
    private Instant lastAnswerAt;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    protected Handoff() {
        // for JPA
    }

    /** A new handoff, due for submission now. */
    public static Handoff open(AgencySystem system, String declarationId, int version, String customsDeclarationNumber,
                               String payload, Instant now) {
        Handoff h = new Handoff();
        h.id = UUID.randomUUID();
        h.agencySystem = Objects.requireNonNull(system);
        h.declarationId = Objects.requireNonNull(declarationId);
        h.version = version;
        h.customsDeclarationNumber = Objects.requireNonNull(customsDeclarationNumber);
        h.payload = Objects.requireNonNull(payload);
        h.state = HandoffState.PENDING;
        h.createdAt = now;
        h.updatedAt = now;
        h.nextAttemptAt = now;
        return h;
    }

    public boolean isDue(Instant now) {
        return state == HandoffState.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** The agency accepted the declaration under {@code reference}. A repeat of the same acceptance changes nothing. */
    public void submitted(String reference, Instant now) {
        Objects.requireNonNull(reference, "reference");
        if (state != HandoffState.PENDING) {
            if (!reference.equals(agencyReference)) {
                throw new IllegalStateException("Handoff " + id + " is " + state + " under " + agencyReference
                        + ", not " + reference);
            }
            return;
        }
        attempts++;
        state = HandoffState.SUBMITTED;
        agencyReference = reference;
        submittedAt = now;
        lastError = null;
        nextAttemptAt = null;
        updatedAt = now;
    }

    /** The agency could not be reached or failed; the handoff stays PENDING and is tried again later. */
    public void submissionFailed(String error, Instant now, RetrySchedule schedule) {
        if (state != HandoffState.PENDING) {
            return;
        }
        attempts++;
        lastError = error;
        nextAttemptAt = now.plus(schedule.after(attempts));
        updatedAt = now;
    }

    /** The agency refused the declaration as it stands: it is not sent again. */
    public void rejected(String reason, Instant now) {
        if (state != HandoffState.PENDING) {
            return;
        }
        attempts++;
        state = HandoffState.REJECTED;
        lastError = reason;
        nextAttemptAt = null;
        updatedAt = now;
    }

    /**
     * Applies an answer of the agency and returns the events it causes, in the order they happened.
     * Answers repeating what is already known cause nothing.
     */
    public List<GateEvent> apply(CustomsAnswer answer, Instant now) {
        if (!answer.agencyReference().equals(agencyReference)) {
            throw new IllegalArgumentException("Answer for " + answer.agencyReference() + " applied to " + agencyReference);
        }
        lastAnswerAt = now;
        updatedAt = now;
        List<GateEvent> events = new ArrayList<>(2);
        switch (answer.type()) {
            case CHANNEL_ASSIGNED -> {
                if (channel != null) {
                    return events;
                }
                channel = answer.channel();
                channelAssignedAt = answer.occurredAt();
                state = HandoffState.CHANNEL_ASSIGNED;
                events.add(new CustomsChannelAssigned(declarationId, version, customsDeclarationNumber, channel.name(),
                        agencyReference, channelAssignedAt));
                if (heldReleaseAt != null) {
                    events.add(release(heldReleaseAt));
                    heldReleaseAt = null;
                }
            }
            case RELEASED -> {
                if (releasedAt != null || heldReleaseAt != null) {
                    return events;
                }
                if (channel == null) {
                    heldReleaseAt = answer.occurredAt();
                } else {
                    events.add(release(answer.occurredAt()));
                }
            }
        }
        return events;
    }

    private CustomsReleased release(Instant at) {
        releasedAt = at;
        state = HandoffState.RELEASED;
        return new CustomsReleased(declarationId, version, customsDeclarationNumber, agencyReference, at);
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

    public String declarationId() {
        return declarationId;
    }

    public int version() {
        return version;
    }

    public String customsDeclarationNumber() {
        return customsDeclarationNumber;
    }

    public String payload() {
        return payload;
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

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
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
