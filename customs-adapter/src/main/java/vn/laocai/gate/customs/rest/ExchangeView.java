package vn.laocai.gate.customs.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.customs.domain.Exchange;

import java.time.Instant;

/** One message exchanged with an agency system, as kept for audit. */
@Schema(name = "Exchange")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangeView(
        @Schema(example = "VNACCS") String agencySystem,
        @Schema(example = "OUT", enumeration = {"OUT", "IN"}) String direction,
        @Schema(example = "SUBMISSION", enumeration = {"SUBMISSION", "SUBMISSION_ANSWER", "SUBMISSION_FAILED", "POLL",
                "POLL_ANSWER", "CALLBACK"}) String kind,
        @Schema(example = "2b0f4c1e-8d7a-4f3b-9c2d-1e0f9a8b7c6d", description = "The handoff id, sent as submissionId")
        String correlationId,
        @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String subjectId,
        @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "202") Integer httpStatus,
        @Schema(example = "3f0a1c9b2e7d4a8f6b5c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a",
                description = "SHA-256 (hex) of the payload exactly as sent or received") String payloadSha256,
        @Schema(description = "The payload exactly as sent or received; left out of the border guard's messages (the driver's "
                + "name and document) for every reader but the border guard, the hash staying") String payload,
        Instant exchangedAt) {

    static ExchangeView of(Exchange e, boolean payloadShown) {
        return new ExchangeView(e.agencySystem().name(), e.direction().name(), e.kind().name(), e.correlationId(),
                e.subjectId(), e.agencyReference(), e.httpStatus(), e.payloadSha256(), payloadShown ? e.payload() : null,
                e.exchangedAt());
    }
}
