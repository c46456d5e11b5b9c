package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsInspectionCompleted;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.GateEvent;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where customs (VNACCS) stands with a declaration version: the channel, the inspection result and
 * the release, always announced in that order, each once. Answers may come out of order: an
 * inspection result heard before the channel, or a release heard before the facts it follows, is
 * held here and applied once those facts are known. Part of the handoff's row.
 */
@Embeddable
public class CustomsProgress {

    /** The declaration version the answers are about, as its events name it. */
    public record Declaration(String declarationId, int version, String customsDeclarationNumber,
                              String agencyReference) {
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private CustomsChannel channel;

    @Column(name = "channel_assigned_at")
    private Instant channelAssignedAt;

    @Column(name = "inspection_result")
    private String inspectionResult;

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

    /** Nothing heard from customs yet. */
    protected CustomsProgress() {
    }

    /**
     * Applies a channel assignment, an inspection result or a release, recording the events it causes
     * in the order they happened. A repeat, or a second and different channel, causes nothing.
     */
    void apply(AgencyAnswer answer, Declaration d, Consumer<GateEvent> events) {
        switch (answer.type()) {
            case CHANNEL_ASSIGNED -> assignChannel(answer, d, events);
            case INSPECTION_COMPLETED -> {
                if (inspectionResult == null && heldInspectionResult == null) {
                    heldInspectionResult = answer.result();
                    heldInspectionRemarks = answer.remarks();
                    heldInspectionAt = answer.occurredAt();
                    applyHeld(d, events);
                }
            }
            case RELEASED -> {
                if (heldReleaseAt == null) {
                    heldReleaseAt = answer.occurredAt();
                    applyHeld(d, events);
                }
            }
            default -> throw new IllegalArgumentException(answer.type() + " is no step of customs progress");
        }
    }

    /** The handoff's state once this progress is applied to it. */
    HandoffState stateAfter(HandoffState current) {
        if (releasedAt != null) {
            return HandoffState.RELEASED;
        }
        return channel != null ? HandoffState.CHANNEL_ASSIGNED : current;
    }

    private void assignChannel(AgencyAnswer answer, Declaration d, Consumer<GateEvent> events) {
        if (channel != null) {
            return;
        }
        channel = answer.channel();
        channelAssignedAt = answer.occurredAt();
        events.accept(new CustomsChannelAssigned(d.declarationId(), d.version(), d.customsDeclarationNumber(),
                channel.name(), d.agencyReference(), channelAssignedAt));
        channel.inspectionKind().ifPresent(kind -> events.accept(new CustomsInspectionOrdered(d.declarationId(),
                d.version(), d.customsDeclarationNumber(), kind, d.agencyReference(), channelAssignedAt)));
        applyHeld(d, events);
    }

    /** Applies held answers whose preceding facts are now known: inspection after channel, release after both. */
    private void applyHeld(Declaration d, Consumer<GateEvent> events) {
        if (channel == null) {
            return;
        }
        if (heldInspectionResult != null && channel.inspectionKind().isPresent()) {
            inspectionResult = heldInspectionResult;
            inspectionCompletedAt = heldInspectionAt;
            events.accept(new CustomsInspectionCompleted(d.declarationId(), d.version(), d.customsDeclarationNumber(),
                    inspectionResult, heldInspectionRemarks, inspectionCompletedAt));
            heldInspectionResult = null;
            heldInspectionRemarks = null;
            heldInspectionAt = null;
        }
        boolean inspected = channel.inspectionKind().isEmpty() || inspectionResult != null;
        if (heldReleaseAt != null && inspected) {
            releasedAt = heldReleaseAt;
            heldReleaseAt = null;
            events.accept(new CustomsReleased(d.declarationId(), d.version(), d.customsDeclarationNumber(),
                    d.agencyReference(), releasedAt));
        }
    }

    public CustomsChannel channel() {
        return channel;
    }

    public Instant channelAssignedAt() {
        return channelAssignedAt;
    }

    public String inspectionResult() {
        return inspectionResult;
    }

    public Instant inspectionCompletedAt() {
        return inspectionCompletedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    /** Whether a release was heard before the facts it follows and waits for them. */
    public boolean releaseHeld() {
        return heldReleaseAt != null;
    }
}
