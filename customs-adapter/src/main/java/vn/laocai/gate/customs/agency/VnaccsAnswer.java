package vn.laocai.gate.customs.agency;

import java.time.Instant;

/** An answer message of VNACCS as listed by its polling endpoint. */
public record VnaccsAnswer(String messageId, String agencyReference, String declarationId, Integer version,
                           String customsDeclarationNumber, String type, String channel, Instant occurredAt) {
}
