package vn.laocai.gate.queue.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.VehicleType;
import vn.laocai.gate.queue.domain.WeightClass;
import vn.laocai.gate.support.validation.Bounds;

import java.time.Instant;

/** What a carrier's manager or dispatcher sends: fleet vehicles and drivers, and bookings for them. */
final class CarrierRequests {

    private CarrierRequests() {
    }

    @Schema(name = "FleetVehicleRequest", description = "A vehicle joining the carrier's fleet")
    record FleetVehicleRequest(
            @NotBlank @Size(max = Bounds.PLATE)
            @Schema(description = "The tractor's plate, Vietnamese or Chinese", example = "24C-123.45")
            String plate,
            @Schema(example = "REEFER_TRUCK")
            VehicleType vehicleType,
            @Schema(example = "OVER_10T")
            WeightClass weightClass) {
    }

    @Schema(name = "FleetDriverRequest", description = "A driver joining the carrier: their account and the details bookings carry")
    record FleetDriverRequest(
            @NotBlank @Size(max = Bounds.ACCOUNT)
            @Schema(description = "The driver's account (the token's subject)", example = "driver-an")
            String account,
            @NotNull @Valid
            BookingRequest.DriverDetails details) {
    }

    @Schema(name = "CarrierBookingRequest", description = "A dispatcher's booking of a fleet vehicle for a fleet driver")
    record CarrierBookingRequest(
            @NotBlank @Size(max = Bounds.PLATE)
            @Schema(description = "A plate of the carrier's fleet", example = "24C-123.45")
            String plate,
            @Size(max = Bounds.PLATE)
            @Schema(description = "Semi-trailer plate, if any", example = "24R-012.34")
            String trailerPlate,
            @NotBlank @Size(max = Bounds.ACCOUNT)
            @Schema(description = "The account of a driver of the carrier; the booking is theirs (they see it and its QR)", example = "driver-an")
            String driverAccount,
            @NotNull
            @Schema(example = "EXPORT")
            Direction direction,
            @NotNull
            @Schema(example = "PERISHABLE")
            CargoCategory cargoCategory,
            @NotNull
            @Schema(description = "When the truck expects to reach the yard; the booking holds that slot hour", example = "2026-12-01T02:30:00Z")
            Instant plannedArrival) {
    }

    @Schema(name = "CarrierAmendmentRequest", description = "A dispatcher moving one of the carrier's bookings to another slot")
    record CarrierAmendmentRequest(
            @NotNull
            @Schema(description = "The new planned arrival; the booking moves to its slot hour", example = "2026-12-01T05:30:00Z")
            Instant plannedArrival,
            @NotBlank @Size(max = Bounds.REASON)
            @Schema(description = "Why", example = "Loading at the orchard runs three hours late")
            String reason) {
    }
}
