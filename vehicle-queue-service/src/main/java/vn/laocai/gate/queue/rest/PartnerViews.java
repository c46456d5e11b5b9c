package vn.laocai.gate.queue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.SharedCrossings.SharedCrossing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The partner API's records of crossings (version 1: fields are only ever added) and the examples of its answers. */
final class PartnerViews {

    static final String CROSSINGS_EXAMPLE = """
            {"items": [{"id": "9e2d4c1a-7b3f-4a8e-b5d6-0c1f2e3a4b5c", "direction": "EXPORT", "cargoCategory": "PERISHABLE",
              "vehicleType": "REEFER_TRUCK", "weightClass": "OVER_10T", "status": "EXITED",
              "slotStart": "2026-06-15T01:00:00Z", "slotEnd": "2026-06-15T02:00:00Z", "bookedAt": "2026-06-14T09:12:40Z",
              "checkedInAt": "2026-06-15T01:05:12Z", "calledForwardAt": "2026-06-15T01:31:00Z",
              "enteredGateAt": "2026-06-15T01:48:30Z", "exitedAt": "2026-06-15T02:20:05Z",
              "checkInToGateInSeconds": 2598, "consignmentIds": ["4b7c2f0e-8d1a-4e5b-9c3f-2a6d8e0f1b47"]}],
             "from": "2026-06-14T17:00:00Z", "until": "2026-06-15T17:00:00Z", "page": 0, "size": 50, "hasMore": false}""";

    static final String READS_EXAMPLE = """
            {"items": [{"id": 311, "readAt": "2026-06-15T02:10:31.204Z", "account": "sct",
              "organisation": "so-cong-thuong-lao-cai", "endpoint": "/api/partner/v1/crossings",
              "filter": "from=2026-06-14T17:00:00Z&until=2026-06-15T17:00:00Z&page=0&size=50", "records": 50}],
             "from": "2026-06-14T17:00:00Z", "until": "2026-06-15T17:00:00Z", "page": 0, "size": 50, "hasMore": true}""";

    private PartnerViews() {
    }

    @Schema(name = "PartnerCrossingPage", description = "A page of crossings")
    record CrossingPage(List<Crossing> items, Instant from, Instant until, int page, int size,
                        @Schema(description = "Whether page + 1 has records") boolean hasMore) {
    }

    @Schema(name = "PartnerCrossing", description = "A crossing as shared with partner agencies: no plate, driver, account or booking code")
    record Crossing(@Schema(description = "The crossing's own id, which no other API takes") UUID id,
                    @Schema(enumeration = {"EXPORT", "IMPORT"}) String direction,
                    @Schema(enumeration = {"PERISHABLE", "GENERAL", "EMPTY", "DANGEROUS"}) String cargoCategory,
                    @Schema(enumeration = {"TRUCK", "TRACTOR_SEMI_TRAILER", "REEFER_TRUCK", "CONTAINER_TRUCK", "TANKER", "VAN"})
                    String vehicleType,
                    @Schema(enumeration = {"UNDER_2T", "T2_TO_10T", "OVER_10T"}) String weightClass,
                    @Schema(enumeration = {"BOOKED", "WAITING", "CALLED_FORWARD", "IN_GATE", "RELEASED", "EXITED", "CANCELLED"})
                    String status,
                    Instant slotStart, Instant slotEnd, Instant bookedAt,
                    @Schema(description = "Each time is null until it happened") Instant checkedInAt, Instant calledForwardAt,
                    Instant enteredGateAt, Instant exitedAt, Instant cancelledAt,
                    @Schema(description = "The wait from check-in to gate-in in seconds; null until both happened")
                    Long checkInToGateInSeconds,
                    @Schema(description = "The declarations (clearance-service ids) the vehicle carries") List<String> consignmentIds) {

        static Crossing of(SharedCrossing c) {
            Long wait = c.checkedInAt() == null || c.enteredGateAt() == null ? null
                    : Duration.between(c.checkedInAt(), c.enteredGateAt()).toSeconds();
            return new Crossing(c.id(), c.direction().name(), c.cargoCategory().name(),
                    c.vehicleType() == null ? null : c.vehicleType().name(), c.weightClass() == null ? null : c.weightClass().name(),
                    c.status().name(), c.slotStart(), c.slotEnd(), c.bookedAt(), c.checkedInAt(), c.calledForwardAt(),
                    c.enteredGateAt(), c.exitedAt(), c.cancelledAt(), wait, c.consignmentIds());
        }
    }
}
