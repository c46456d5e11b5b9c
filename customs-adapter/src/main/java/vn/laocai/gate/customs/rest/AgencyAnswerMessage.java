package vn.laocai.gate.customs.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.customs.domain.CustomsAnswer;
import vn.laocai.gate.customs.domain.CustomsChannel;

import java.time.Instant;

/** An answer message as customs pushes it (the format of the agency simulator's README). */
@Schema(name = "AgencyAnswerMessage")
public record AgencyAnswerMessage(
        @NotBlank @Schema(example = "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59") String messageId,
        @NotBlank @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
        @Schema(example = "1") Integer version,
        @Schema(example = "305123456789") String customsDeclarationNumber,
        @NotNull @Schema(example = "CHANNEL_ASSIGNED") CustomsAnswer.Type type,
        @Schema(example = "GREEN", description = "Required for CHANNEL_ASSIGNED") CustomsChannel channel,
        @NotNull @Schema(example = "2026-06-15T01:30:02Z") Instant occurredAt) {

    CustomsAnswer toAnswer() {
        return new CustomsAnswer(messageId, agencyReference, type, channel, occurredAt);
    }
}
