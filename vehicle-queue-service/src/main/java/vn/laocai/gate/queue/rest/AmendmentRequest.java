package vn.laocai.gate.queue.rest;

import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.laocai.gate.queue.domain.CargoCategory;

import java.time.Instant;

/** An amendment of a booking: another driver, a new arrival, or both; the vehicle never changes. */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
        @Valid
        @Schema(description = "The driver who will drive instead")
        BookingRequest.DriverDetails driver,
        @Schema(description = "The new planned arrival; the booking moves to its slot hour", example = "2026-12-01T05:30:00Z")
        Instant plannedArrival,
        @Schema(description = "What the vehicle carries now: a booking made empty that carries goods is amended to their "
                + "category before its vehicle checks in", example = "GENERAL")
        CargoCategory cargoCategory,
        @NotBlank @Size(max = Bounds.REASON)
        @Schema(description = "Why", example = "Driver changed after a breakdown on QL70")
        String reason) {
}
