package vn.laocai.gate.simulator.agency;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One answer of a simulated agency system, in the format every system shares: {@code messageId} is
 * unique (receivers drop repeats by it); the other fields are filled as the type needs.
 */
@Schema(name = "AnswerMessage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerMessage(
        @Schema(example = "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59") String messageId,
        @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
        @Schema(example = "1") Integer version,
        @Schema(example = "305123456789") String customsDeclarationNumber,
        @Schema(example = "KT2-7XK4P9") String bookingCode,
        AnswerType type,
        @Schema(description = "CHANNEL_ASSIGNED (and RELEASED): the channel") Channel channel,
        @Schema(example = "PASSED", description = "INSPECTION_COMPLETED: PASSED or FAILED") String result,
        @Schema(example = "PASS", description = "QUARANTINE_DECIDED: PASS, FAIL, SAMPLE, TREATMENT; BORDER_CHECKED: CLEARED, REFUSED")
        String outcome,
        @Schema(description = "CERTIFICATE_VERIFIED") Boolean valid,
        @Schema(example = "Certificate number not found at the issuing authority") String reason,
        String remarks,
        @Schema(example = "KDTV-LC-2026-004512") String certificateNumber,
        @Schema(example = "2026-06-15T01:30:02Z") Instant occurredAt) {

    /** An answer about a declaration; fill the type's fields with the {@code with...} methods. */
    public static AnswerMessage about(String messageId, String reference, String declarationId, Integer version,
                                      String declarationNumber, AnswerType type, Instant at) {
        return new AnswerMessage(messageId, reference, declarationId, version, declarationNumber, null, type, null, null,
                null, null, null, null, null, at);
    }

    public AnswerMessage withChannel(Channel c) {
        return new AnswerMessage(messageId, agencyReference, declarationId, version, customsDeclarationNumber,
                bookingCode, type, c, result, outcome, valid, reason, remarks, certificateNumber, occurredAt);
    }

    public AnswerMessage withBookingCode(String code) {
        return new AnswerMessage(messageId, agencyReference, declarationId, version, customsDeclarationNumber,
                code, type, channel, result, outcome, valid, reason, remarks, certificateNumber, occurredAt);
    }

    public AnswerMessage withResult(String r, String rem) {
        return new AnswerMessage(messageId, agencyReference, declarationId, version, customsDeclarationNumber,
                bookingCode, type, channel, r, outcome, valid, reason, rem, certificateNumber, occurredAt);
    }

    public AnswerMessage withOutcome(String o, String why, String certificate) {
        return new AnswerMessage(messageId, agencyReference, declarationId, version, customsDeclarationNumber,
                bookingCode, type, channel, result, o, valid, why, remarks, certificate, occurredAt);
    }

    public AnswerMessage withValidity(boolean v, String why) {
        return new AnswerMessage(messageId, agencyReference, declarationId, version, customsDeclarationNumber,
                bookingCode, type, channel, result, outcome, v, why, remarks, certificateNumber, occurredAt);
    }

    public AnswerMessage withReason(String why) {
        return new AnswerMessage(messageId, agencyReference, declarationId, version, customsDeclarationNumber,
                bookingCode, type, channel, result, outcome, valid, why, remarks, certificateNumber, occurredAt);
    }
}
