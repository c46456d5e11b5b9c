package vn.laocai.gate.customs.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a pushed answer: APPLIED, or DUPLICATE when it had been received before. */
@Schema(name = "AnswerReceipt")
public record AnswerReceipt(
        @Schema(example = "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59") String messageId,
        @Schema(example = "APPLIED", enumeration = {"APPLIED", "DUPLICATE"}) String outcome) {
}
