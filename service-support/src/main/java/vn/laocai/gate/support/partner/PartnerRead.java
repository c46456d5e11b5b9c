package vn.laocai.gate.support.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One read by a partner agency, as logged. */
@Schema(name = "PartnerRead")
public record PartnerRead(@Schema(example = "1042") long id,
                          @Schema(example = "2026-06-15T02:10:31.204Z") Instant readAt,
                          @Schema(description = "The partner's account (token subject)", example = "partner-sct") String account,
                          @Schema(description = "The token's organisation claim, when it has one", example = "so-cong-thuong-lao-cai")
                          String organisation,
                          @Schema(example = "/api/partner/v1/consignments") String endpoint,
                          @Schema(example = "from=2026-06-14T00:00:00Z&until=2026-06-15T00:00:00Z&page=0&size=50") String filter,
                          @Schema(description = "How many records the read answered", example = "37") int records) {
}
