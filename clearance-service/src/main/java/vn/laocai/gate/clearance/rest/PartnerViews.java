package vn.laocai.gate.clearance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.clearance.domain.SharedConsignments.SharedConsignment;
import vn.laocai.gate.clearance.domain.SharedConsignments.SharedGoods;
import vn.laocai.gate.clearance.domain.SharedConsignments.SharedStep;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The partner API's records of consignments (version 1: fields are only ever added) and the examples of its answers. */
final class PartnerViews {

    static final String CONSIGNMENTS_EXAMPLE = """
            {"items": [{"id": "4b7c2f0e-8d1a-4e5b-9c3f-2a6d8e0f1b47", "customsDeclarationNumber": "305123456789",
              "direction": "EXPORT", "destinationCountry": "CN", "status": "CLEARED",
              "submittedAt": "2026-06-15T01:12:09Z", "clearedAt": "2026-06-15T03:40:51Z",
              "feeAmountVnd": 1500000,
              "goods": [{"hsCode": "0810.60.00", "hsChapter": "08", "description": "Fresh durian, Ri6 variety, boxed",
                "originCountry": "VN", "netWeightKg": 18000, "grossWeightKg": 19500}],
              "steps": [{"step": "CUSTOMS", "state": "DONE", "decidedAt": "2026-06-15T02:05:00Z"},
                {"step": "PLANT_QUARANTINE", "state": "DONE", "decidedAt": "2026-06-15T03:31:12Z"}]}],
             "from": "2026-06-14T17:00:00Z", "until": "2026-06-15T17:00:00Z", "page": 0, "size": 50, "hasMore": false}""";

    static final String READS_EXAMPLE = """
            {"items": [{"id": 1042, "readAt": "2026-06-15T02:10:31.204Z", "account": "sct",
              "organisation": "so-cong-thuong-lao-cai", "endpoint": "/api/partner/v1/consignments",
              "filter": "from=2026-06-14T17:00:00Z&until=2026-06-15T17:00:00Z&page=0&size=50", "records": 37}],
             "from": "2026-06-14T17:00:00Z", "until": "2026-06-15T17:00:00Z", "page": 0, "size": 50, "hasMore": false}""";

    private PartnerViews() {
    }

    @Schema(name = "PartnerConsignmentPage", description = "A page of consignments")
    record ConsignmentPage(List<Consignment> items, Instant from, Instant until, int page, int size,
                           @Schema(description = "Whether page + 1 has records") boolean hasMore) {
    }

    @Schema(name = "PartnerConsignment", description = "A consignment as shared with partner agencies")
    record Consignment(UUID id,
                       @Schema(description = "The 12-digit customs (VNACCS) declaration number") String customsDeclarationNumber,
                       @Schema(enumeration = {"EXPORT", "IMPORT"}) String direction,
                       @Schema(description = "ISO 3166 alpha-2") String destinationCountry,
                       @Schema(enumeration = {"SUBMITTED", "IN_CLEARANCE", "CLEARED", "REJECTED"}) String status,
                       Instant submittedAt, @Schema(description = "null until cleared") Instant clearedAt,
                       @Schema(description = "null unless rejected") Instant rejectedAt,
                       @Schema(description = "The infrastructure fee assessed, whole VND") long feeAmountVnd,
                       List<Goods> goods, List<Step> steps) {

        static Consignment of(SharedConsignment c) {
            return new Consignment(c.id(), c.customsDeclarationNumber(), c.direction().name(), c.destinationCountry(),
                    c.status().name(), c.submittedAt(), c.clearedAt(), c.rejectedAt(), c.feeAmountVnd(),
                    c.goods().stream().map(Goods::of).toList(), c.steps().stream().map(Step::of).toList());
        }
    }

    @Schema(name = "PartnerGoods", description = "A goods line as shared: no value")
    record Goods(String hsCode, @Schema(description = "The first two digits of the HS code") String hsChapter,
                 String description, String originCountry, BigDecimal netWeightKg, BigDecimal grossWeightKg) {

        static Goods of(SharedGoods g) {
            return new Goods(g.hsCode(), g.hsChapter(), g.description(), g.originCountry(), g.netWeightKg(), g.grossWeightKg());
        }
    }

    @Schema(name = "PartnerStep", description = "An agency's step and when it was decided")
    record Step(String step, String state, @Schema(description = "When the step was done or failed; null while open") Instant decidedAt) {

        static Step of(SharedStep s) {
            return new Step(s.step().name(), s.state().name(), s.decidedAt());
        }
    }
}
