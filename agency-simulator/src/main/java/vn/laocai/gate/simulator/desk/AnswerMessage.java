package vn.laocai.gate.simulator.customs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One answer of customs about a lodged declaration; {@code messageId} is unique and lets receivers drop repeats. */
@Schema(name = "AnswerMessage")
public record AnswerMessage(
        @Schema(example = "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59") String messageId,
        @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
        @Schema(example = "1") int version,
        @Schema(example = "305123456789") String customsDeclarationNumber,
        AnswerType type,
        Channel channel,
        @Schema(example = "2026-06-15T01:30:02Z") Instant occurredAt) {
}
