package vn.laocai.gate.queue.rest;

import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.domain.ClosureAction;
import vn.laocai.gate.queue.domain.ClosureReason;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.SlotCalendar;

import java.time.Instant;
import java.util.List;

/** What the gate's officers send to configure the slot calendar and close the gate. */
final class CalendarRequests {

    private CalendarRequests() {
    }

    /** A day's configuration. */
    @Schema(name = "SlotDayRequest")
    record DayRequest(
            @NotNull @Size(min = 24, max = 24, message = "{constraint.hourly-capacities}")
            @Schema(description = "Capacity of each local hour 0-23")
            List<@NotNull @Min(0) @Max(SlotCalendar.MAX_HOURLY_CAPACITY) Integer> hourlyCapacity) {
    }

    /** A closure to declare. */
    @Schema(name = "GateClosureRequest")
    record ClosureRequest(
            // a list, not a set, so that the bound sees repeats (a set folds them and lets a huge array pass)
            @NotEmpty @Size(max = 2) @Schema(example = "[\"EXPORT\", \"IMPORT\"]") List<Direction> directions,
            @NotNull @Schema(example = "2026-12-01T00:00:00Z") Instant closedFrom,
            @NotNull @Schema(example = "2026-12-01T06:00:00Z") Instant closedUntil,
            @NotNull @Schema(example = "FLOOD") ClosureReason reason,
            @Size(max = Bounds.REMARKS) @Schema(example = "Red River over the warning level") String remarks,
            @Schema(description = "MOVE (default) or CANCEL the bookings it hits", example = "MOVE") ClosureAction bookingAction) {
    }
}
