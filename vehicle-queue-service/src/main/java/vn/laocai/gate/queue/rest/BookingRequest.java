package vn.laocai.gate.queue.rest;

import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.VehicleType;
import vn.laocai.gate.queue.domain.WeightClass;

import java.time.Instant;

/** What a driver sends to book a crossing. */
@Schema(name = "BookingRequest", description = "Pre-registration of one crossing")
public record BookingRequest(
        @NotBlank @Size(max = Bounds.PLATE)
        @Schema(description = "Vehicle plate, Vietnamese or Chinese; spaces, dots and dashes are ignored", example = "24C-123.45")
        String plate,
        @Size(max = Bounds.PLATE)
        @Schema(description = "Semi-trailer plate, if any", example = "24R-012.34")
        String trailerPlate,
        @Schema(description = "Kind of vehicle", example = "REEFER_TRUCK")
        VehicleType vehicleType,
        @Schema(description = "Gross weight class", example = "OVER_10T")
        WeightClass weightClass,
        @NotNull @Valid
        DriverDetails driver,
        @NotNull
        @Schema(example = "EXPORT")
        Direction direction,
        @NotNull
        @Schema(example = "PERISHABLE")
        CargoCategory cargoCategory,
        @NotNull
        @Schema(description = "When the truck expects to reach the yard; the booking holds that slot hour",
                example = "2026-12-01T02:30:00Z")
        Instant plannedArrival,
        @Size(max = 32) @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{constraint.gate}")
        @Schema(description = "The border gate of the province the crossing is booked at (one this service serves); "
                + "Kim Thanh No. 2 when left out. A vehicle holds active bookings at one gate at a time", example = "KIM_THANH_2")
        String gate) {

    /** The driver the booking is bound to. */
    @Schema(name = "DriverDetails")
    public record DriverDetails(
            @NotBlank @Size(max = Bounds.PERSON_NAME)
            @Schema(example = "Nguyễn Văn An")
            String name,
            @NotBlank @Size(max = 2) @Pattern(regexp = Bounds.COUNTRY, message = "{constraint.nationality}")
            @Schema(example = "VN")
            String nationality,
            @NotBlank @Size(max = 20) @Pattern(regexp = Bounds.DOCUMENT_NUMBER, message = "{constraint.document-number}")
            @Schema(description = "Passport or border pass number", example = "C1234567")
            String documentNumber,
            @NotBlank @Size(max = Bounds.PHONE) @Pattern(regexp = "\\+?[0-9 .()\\-]{8,20}", message = "{constraint.phone}")
            @Schema(example = "+84 912 345 678")
            String phone) {
    }
}
