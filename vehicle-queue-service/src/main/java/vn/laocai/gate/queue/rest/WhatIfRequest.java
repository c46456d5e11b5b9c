package vn.laocai.gate.queue.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.application.WhatIfQuestion;
import vn.laocai.gate.queue.domain.Direction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** What a supervisor asks: a coming day, the changes to try (each optional) and the replications. */
@Schema(name = "WhatIfRequest", description = "A coming day to simulate, as planned and with changes")
public record WhatIfRequest(
        @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{constraint.day}")
        @Schema(description = "A coming local day (Vietnam time), tomorrow to 30 days ahead", example = "2026-12-03", maxLength = 10)
        String day,
        @Valid
        @Schema(description = "What to try; every field optional")
        ChangesRequest changes,
        @Min(2) @Max(30)
        @Schema(description = "Replications of each column (seeds 1..n in both); default 10", minimum = "2", maximum = "30", example = "10")
        Integer replications) {

    static final int DEFAULT_REPLICATIONS = 10;
    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    /** The changes of a what-if. */
    @Schema(name = "WhatIfChanges")
    public record ChangesRequest(
            @Size(max = 2)
            @Schema(description = "Lanes open per direction (1-8)", example = "{\"EXPORT\": 3, \"IMPORT\": 2}", maxProperties = 2)
            Map<Direction, @NotNull @Min(1) @Max(8) Integer> lanes,
            @Min(1) @Max(500)
            @Schema(description = "Design capacity of a lane in vehicles a day: the slot calendar's default hours take lanes x this / 24",
                    minimum = "1", maximum = "500", example = "240")
            Integer vehiclesPerLanePerDay,
            @Valid
            @Schema(description = "A closure of the gate to try over the day")
            ClosureRequest closure,
            @Min(0) @Max(5000)
            @Schema(description = "Exports the Chinese side (Hekou) accepts in the day", minimum = "0", maximum = "5000", example = "600")
            Integer hekouDailyLimit) {
    }

    /** A closure in the day's local time. */
    @Schema(name = "WhatIfClosure")
    public record ClosureRequest(
            @NotNull @Pattern(regexp = TIME, message = "{constraint.local-time}")
            @Schema(description = "From, Vietnam time (HH:mm)", example = "10:00", maxLength = 5)
            String from,
            @NotNull @Pattern(regexp = TIME + "|24:00", message = "{constraint.local-time-or-midnight}")
            @Schema(description = "Until, Vietnam time (HH:mm, 24:00 for the end of the day)", example = "14:00", maxLength = 5)
            String until,
            // a list, not a set: a set would fold a thousand repeats of EXPORT into one and let the bound pass
            @Size(max = 2)
            @Schema(description = "Directions closed; both when left out", example = "[\"EXPORT\", \"IMPORT\"]")
            List<Direction> directions,
            @Schema(description = "true (default): declared before the day, it moves the bookings it hits past it; false: a closure on the "
                    + "day (flood, breakdown, the other side stopping), the trucks come for their slots and wait", example = "true")
            Boolean announced) {
    }

    WhatIfQuestion question() {
        WhatIfQuestion.Changes changes = WhatIfQuestion.Changes.NONE;
        if (this.changes != null) {
            ChangesRequest c = this.changes;
            Map<Direction, Integer> lanes = c.lanes() == null ? Map.of() : c.lanes();
            WhatIfQuestion.Closure closure = c.closure() == null ? null : new WhatIfQuestion.Closure(LocalTime.parse(c.closure().from()),
                    c.closure().until().equals("24:00") ? null : LocalTime.parse(c.closure().until()),
                    c.closure().directions() == null || c.closure().directions().isEmpty() ? EnumSet.allOf(Direction.class) : EnumSet.copyOf(c.closure().directions()),
                    !Boolean.FALSE.equals(c.closure().announced()));
            changes = new WhatIfQuestion.Changes(lanes.get(Direction.EXPORT), lanes.get(Direction.IMPORT), c.vehiclesPerLanePerDay(), closure,
                    c.hekouDailyLimit());
        }
        LocalDate date = Callers.day("day", day);
        return new WhatIfQuestion(date, changes, replications == null ? DEFAULT_REPLICATIONS : replications);
    }
}
