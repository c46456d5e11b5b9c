package vn.laocai.gate.customs.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.customs.domain.CustomsProgress;
import vn.laocai.gate.customs.domain.Delivery;
import vn.laocai.gate.customs.domain.Followup;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffState;

import java.time.Instant;
import java.util.UUID;

/** A handoff as shown to officers: where it stands, how often it was tried, what went wrong last. */
@Schema(name = "Handoff")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoffView(
        UUID id,
        @Schema(example = "VNACCS", enumeration = {"VNACCS", "NSW", "QUARANTINE", "BORDER_GUARD"}) String agencySystem,
        @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f", description = "The declaration; for BORDER_GUARD, the booking code")
        String subjectId,
        @Schema(example = "1") int version,
        @Schema(example = "v1", description = "v<version> for customs, <type>:<number> for a certificate") String key,
        @Schema(example = "305123456789") String customsDeclarationNumber,
        @Schema(example = "PENDING", enumeration = {"PENDING", "SUBMITTED", "CHANNEL_ASSIGNED", "RELEASED", "COMPLETED",
                "REJECTED", "LOST", "OVERDUE", "ESCALATED"},
                description = "LOST/OVERDUE: the agency lost it or is past its deadline, being sent again; ESCALATED: "
                        + "with the customs officers") String state,
        @Schema(description = "PENDING after a failed attempt: the consignment waits for this system") boolean waiting,
        @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "GREEN") String channel,
        @Schema(example = "PASSED") String inspectionResult,
        @Schema(example = "PASS") String outcome,
        @Schema(example = "3") int attempts,
        @Schema(example = "AgencyUnavailableException: VNACCS answered 503") String lastError,
        Instant nextAttemptAt,
        Instant waitingSince,
        Instant createdAt,
        Instant submittedAt,
        Instant channelAssignedAt,
        Instant releasedAt,
        @Schema(description = "A release was heard before the facts it follows and waits for them") boolean releaseHeld,
        @Schema(example = "LOST", enumeration = {"LOST", "OVERDUE"}, description = "Why the agency stopped answering, if it did")
        String lapse,
        Instant lapsedAt,
        @Schema(example = "VNACCS answered 404: no declaration lodged as VNACCS-8FEDDE3178EF") String lapseReason,
        @Schema(example = "1", description = "Times sent again under the same submission id after a lapse") int resubmissions,
        @Schema(description = "When it went to the customs officers' worklist") Instant escalatedAt,
        @Schema(description = "Since when it is past its system's answer deadline (the overdue list only)") Instant overdueSince) {

    static HandoffView of(Handoff h) {
        return of(h, null);
    }

    static HandoffView of(Handoff h, Instant overdueSince) {
        Delivery d = h.delivery();
        CustomsProgress c = h.customs();
        boolean waiting = h.state() == HandoffState.PENDING && d.delayedSince() != null;
        Followup f = h.followup();
        return new HandoffView(h.id(), h.agencySystem().name(), h.subjectId(), h.version(), h.key(),
                h.customsDeclarationNumber(), h.state().name(), waiting, d.agencyReference(),
                c.channel() == null ? null : c.channel().name(), c.inspectionResult(), h.outcome(), d.attempts(),
                d.lastError(), d.nextAttemptAt(), waiting ? d.delayedSince() : null, h.createdAt(), d.submittedAt(),
                c.channelAssignedAt(), c.releasedAt(), c.releaseHeld(), f.lapse() == null ? null : f.lapse().name(),
                f.lapsedAt(), f.reason(), f.resubmissions(), f.escalatedAt(), overdueSince);
    }
}
