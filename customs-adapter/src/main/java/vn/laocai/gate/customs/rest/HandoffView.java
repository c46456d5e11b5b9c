package vn.laocai.gate.customs.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.customs.domain.Handoff;

import java.time.Instant;
import java.util.UUID;

/** A handoff as shown to officers: where it stands, how often it was tried, what went wrong last. */
@Schema(name = "Handoff")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoffView(
        UUID id,
        @Schema(example = "VNACCS") String agencySystem,
        @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
        @Schema(example = "1") int version,
        @Schema(example = "305123456789") String customsDeclarationNumber,
        @Schema(example = "PENDING", enumeration = {"PENDING", "SUBMITTED", "CHANNEL_ASSIGNED", "RELEASED", "REJECTED"})
        String state,
        @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "GREEN") String channel,
        @Schema(example = "3") int attempts,
        @Schema(example = "ClientWebApplicationException: VNACCS answered 503") String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant submittedAt,
        Instant channelAssignedAt,
        Instant releasedAt,
        @Schema(description = "A release was heard before the channel assignment and waits for it") boolean releaseHeld) {

    static HandoffView of(Handoff h) {
        return new HandoffView(h.id(), h.agencySystem().name(), h.declarationId(), h.version(),
                h.customsDeclarationNumber(), h.state().name(), h.agencyReference(),
                h.channel() == null ? null : h.channel().name(), h.attempts(), h.lastError(), h.nextAttemptAt(),
                h.createdAt(), h.submittedAt(), h.channelAssignedAt(), h.releasedAt(), h.releaseHeld());
    }
}
