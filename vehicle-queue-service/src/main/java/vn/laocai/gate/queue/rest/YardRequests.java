package vn.laocai.gate.queue.rest;

import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.Direction;

/** What the yard's officers send. */
final class YardRequests {

    /** The longest queue: the yard holds a few hundred vehicles, never ten thousand. */
    static final int MAX_POSITION = 10_000;

    private YardRequests() {
    }

    /** Check-in by the scanned booking QR, or by the plate typed by the officer (or both, to cross-check). */
    @Schema(name = "CheckInRequest")
    record CheckIn(
            @Size(max = 512)
            @Schema(description = "The token read from the booking's QR code: a compact JWS (ES256), or the HMAC token of a QR issued "
                    + "before it, still accepted until it expires", example = Examples.QR_TOKEN)
            String qrToken,
            @Size(max = Bounds.PLATE)
            @Schema(description = "The vehicle's plate, when there is no QR to scan", example = "24C-123.45")
            String plate,
            @Size(max = Bounds.TYPED_DOCUMENT_NUMBER)
            @Schema(description = "The number the officer reads off the driver's passport or border pass; compared upper case without "
                    + "spaces with the driver booked (driverDocument in the answer)", example = "C1234567")
            String driverDocumentNumber) {
    }

    /** A call-forward of the next vehicles of a direction. */
    @Schema(name = "CallForwardRequest")
    record CallForward(
            @NotNull @Schema(example = "EXPORT") Direction direction,
            @Min(1) @Max(100)
            @Schema(description = "How many; the configured batch (20) when absent; never more than the gate area has room for", example = "5")
            Integer count) {
    }

    @Schema(name = "GateInRequest")
    record GateIn(
            @Min(1) @Max(5)
            @Schema(description = "The lane actually taken, when not the one assigned at call-forward", example = "2")
            Integer lane) {
    }

    @Schema(name = "ReorderRequest")
    record Reorder(
            @NotNull @Min(1) @Max(MAX_POSITION)
            @Schema(description = "The new position in the queue, 1 = next", example = "1")
            Integer position,
            @NotBlank @Size(max = Bounds.REASON)
            @Schema(description = "Why the vehicle leaves its turn (required; kept in the audit trail)", example = "Durian in a failing reefer")
            String reason) {
    }
}
