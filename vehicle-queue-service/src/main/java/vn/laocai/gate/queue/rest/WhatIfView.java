package vn.laocai.gate.queue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.queue.application.WhatIf;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.simulation.ClosedHours;
import vn.laocai.gate.queue.simulation.Estimate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The answer of a what-if: the day as planned and with the changes, side by side. */
@Schema(name = "WhatIfAnswer")
public record WhatIfView(
        @Schema(example = "2026-12-03") String day,
        @Schema(description = "The zone of every time of the answer", example = "Asia/Ho_Chi_Minh") String timeZone,
        Booked booked,
        @Schema(description = "Trucks added that have not booked yet (the model's walk-ins)") long walkIns,
        int replications,
        Column asPlanned,
        Column withChanges,
        @Schema(description = "What the prediction rests on besides the service's data") List<String> assumptions,
        @Schema(description = "How long the simulation took, in milliseconds") long elapsedMs) {

    /** The bookings of the day the run starts from. */
    @Schema(name = "WhatIfBooked")
    public record Booked(long export, long imports, long perishable) {
    }

    /** One column: what it ran with and what it predicts. */
    @Schema(name = "WhatIfColumn")
    public record Column(Settings settings, @Schema(description = "Yard waits in hours, all trucks") Waits yardWaitHours,
                         @Schema(description = "Yard waits in hours, perishables") Waits perishableYardWaitHours,
                         @Schema(description = "Trucks out of the gate before midnight") Figure throughput,
                         @Schema(description = "Trucks in the yard or gate area, not yet inside, at midnight") Figure waitingAtMidnight,
                         Series queueLength) {
    }

    @Schema(name = "WhatIfSettings")
    public record Settings(int exportLanes, int importLanes, int vehiclesPerLanePerDay, int hekouDailyLimit, List<Closure> closures) {
    }

    /** A closure within the day, Vietnam time. */
    @Schema(name = "WhatIfClosedHours")
    public record Closure(@Schema(example = "10:00") String from, @Schema(example = "14:00") String until, List<Direction> directions,
                          @Schema(description = "Declared before the day (bookings moved), or a closure on the day") boolean announced) {
    }

    @Schema(name = "WhatIfWaits")
    public record Waits(Figure mean, Figure p50, Figure p95, Figure max) {
    }

    /** The mean over the replications and its 95 % confidence interval (Student t). */
    @Schema(name = "WhatIfFigure")
    public record Figure(double mean, @Schema(description = "Low end of the 95 % confidence interval") double ci95Low,
                         @Schema(description = "High end of the 95 % confidence interval") double ci95High) {

        static Figure of(Estimate e) {
            return new Figure(round(e.mean()), round(e.mean() - e.halfWidth()), round(e.mean() + e.halfWidth()));
        }
    }

    /** Trucks waiting (yard and gate area), the mean of the replications, every {@code stepMinutes} from 00:00 to 24:00 local. */
    @Schema(name = "WhatIfSeries")
    public record Series(@Schema(example = "10") int stepMinutes, @Schema(example = "00:00") String from, List<Double> values) {
    }

    static WhatIfView of(WhatIf.Answer a, String zone) {
        return new WhatIfView(a.day().toString(), zone, new Booked(a.bookedExport(), a.bookedImport(), a.bookedPerishable()), a.walkIns(),
                a.replications(), column(a.asPlanned()), column(a.withChanges()), a.assumptions(), a.elapsedMs());
    }

    private static Column column(WhatIf.Prediction p) {
        WhatIf.Settings s = p.settings();
        Settings settings = new Settings(s.exportLanes(), s.importLanes(), s.vehiclesPerLanePerDay(), s.hekouDailyLimit(),
                s.closures().stream().map(WhatIfView::closure).toList());
        return new Column(settings,
                new Waits(Figure.of(p.meanWait()), Figure.of(p.p50Wait()), Figure.of(p.p95Wait()), Figure.of(p.maxWait())),
                new Waits(Figure.of(p.perishableMeanWait()), Figure.of(p.perishableP50Wait()), Figure.of(p.perishableP95Wait()),
                        Figure.of(p.perishableMaxWait())),
                Figure.of(p.throughput()), Figure.of(p.waitingAtMidnight()),
                new Series(10, "00:00", Arrays.stream(p.queueLength()).map(WhatIfView::round).boxed().toList()));
    }

    private static Closure closure(ClosedHours c) {
        return new Closure(clock(c.fromHour()), clock(c.untilHour()), c.directions().stream().sorted().toList(), c.announced());
    }

    /** Hours from the day's start as a local time of the day, cut to 00:00-24:00. */
    private static String clock(double hours) {
        long minutes = Math.round(Math.max(0, Math.min(24, hours)) * 60);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : 0;
    }
}
