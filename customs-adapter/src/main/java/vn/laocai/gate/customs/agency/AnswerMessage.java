package vn.laocai.gate.customs.agency;

import vn.laocai.gate.support.domain.Message;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.customs.domain.AgencyAnswer;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.AnswerSubject;
import vn.laocai.gate.customs.domain.CustomsChannel;

import java.time.Instant;
import java.util.Optional;

/**
 * An answer message of an agency system, as pushed to the callback or listed by polling (one format
 * for every system, see the module README). Unknown fields are ignored. Its fields are bounded
 * (Bean Validation): a pushed answer beyond them is refused 400, a polled one is left out.
 */
@Schema(name = "AgencyAnswerMessage")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerMessage(
        @Size(max = Bounds.EXTERNAL_ID) @Schema(example = "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59", required = true) String messageId,
        @Size(max = Bounds.EXTERNAL_ID) @Schema(example = "VNACCS-5F2A9C31D0E4", required = true) String agencyReference,
        @Size(max = Bounds.UUID_LENGTH) @Schema(example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f") String declarationId,
        @Min(1) @Max(MAX_VERSION) @Schema(example = "1") Integer version,
        @Size(max = 12) @Schema(example = "305123456789") String customsDeclarationNumber,
        @Size(max = Bounds.BOOKING_CODE_LENGTH)
        @Schema(example = "KT2-7XK4P9", description = "Border guard answers: the booking code") String bookingCode,
        @Size(max = Bounds.CODE_WORD)
        @Schema(example = "CHANNEL_ASSIGNED", required = true, enumeration = {"CHANNEL_ASSIGNED",
                "INSPECTION_COMPLETED", "RELEASED", "REJECTED", "CERTIFICATE_VERIFIED", "QUARANTINE_DECIDED",
                "BORDER_CHECKED"}) String type,
        @Size(max = Bounds.CODE_WORD) @Schema(example = "GREEN", description = "CHANNEL_ASSIGNED: GREEN, YELLOW or RED") String channel,
        @Size(max = Bounds.CODE_WORD) @Schema(example = "PASSED", description = "INSPECTION_COMPLETED: PASSED or FAILED") String result,
        @Size(max = Bounds.CODE_WORD) @Schema(example = "PASS", description = "QUARANTINE_DECIDED: PASS, FAIL, SAMPLE or TREATMENT; "
                + "BORDER_CHECKED: CLEARED or REFUSED") String outcome,
        @Schema(description = "CERTIFICATE_VERIFIED: whether the certificate is genuine and matches") Boolean valid,
        @Size(max = Bounds.REASON)
        @Schema(example = "Goods description does not match the invoice", description = "REJECTED, refusals") String reason,
        @Size(max = Bounds.REMARKS) String remarks,
        @Size(max = Bounds.TRADE_DOCUMENT_NUMBER) @Schema(example = "KDTV-LC-2026-004512") String certificateNumber,
        @Schema(example = "2026-06-15T01:30:02Z", required = true) Instant occurredAt) {

    /** Declarations are amended a few times, never a hundred thousand. */
    static final int MAX_VERSION = 100_000;

    /** The answer as the domain takes it, or the name of the field that makes it unusable for {@code system}. */
    public Result toAnswer(AgencySystem system) {
        if (blank(messageId)) {
            return Result.invalid("messageId", "is required", Message.of("invalid.required"));
        }
        if (blank(agencyReference)) {
            return Result.invalid("agencyReference", "is required", Message.of("invalid.required"));
        }
        if (occurredAt == null) {
            return Result.invalid("occurredAt", "is required", Message.of("invalid.required"));
        }
        AgencyAnswer.Type answerType;
        try {
            answerType = AgencyAnswer.Type.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Result.invalid("type", "'" + type + "' is no answer type", Message.of("invalid.answer-type", "value", type));
        }
        if (answerType.system() != system) {
            return Result.invalid("type", answerType + " is no answer of " + system,
                    Message.of("invalid.answer-of-another-system", "value", answerType, "system", system));
        }
        CustomsChannel customsChannel = null;
        if (channel != null) {
            try {
                customsChannel = CustomsChannel.valueOf(channel);
            } catch (IllegalArgumentException e) {
                return Result.invalid("channel", "must be GREEN, YELLOW or RED", Message.of("invalid.channel"));
            }
        }
        AgencyAnswer answer = new AgencyAnswer(messageId, agencyReference, answerType, customsChannel, result, outcome,
                valid, reason, remarks, certificateNumber, occurredAt);
        Optional<String> missing = answer.missingField();
        return missing.map(f -> Result.invalid(f, "is missing or invalid for " + answerType,
                        Message.of("invalid.missing-for-answer", "type", answerType)))
                .orElseGet(() -> new Result(answer, null, null, null));
    }

    /** What the message says it is about: the declaration and version, or the border guard's booking code. */
    public AnswerSubject subject(AgencySystem system) {
        return system.aboutDeclaration() ? new AnswerSubject(declarationId, version) : new AnswerSubject(bookingCode, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Either an answer or the field that is wrong and why, in English ({@code problem}) and as a catalogue message. */
    public record Result(AgencyAnswer answer, String field, String problem, Message said) {

        static Result invalid(String field, String problem, Message said) {
            return new Result(null, field, problem, said);
        }

        public boolean isValid() {
            return answer != null;
        }
    }
}
