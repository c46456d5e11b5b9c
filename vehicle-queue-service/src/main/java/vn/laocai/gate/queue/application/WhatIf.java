package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.GateClosureRepository;
import vn.laocai.gate.queue.domain.SlotCalendarRepository;
import vn.laocai.gate.queue.simulation.ChangedSettings;
import vn.laocai.gate.queue.simulation.ClosedHours;
import vn.laocai.gate.queue.simulation.ComingDay;
import vn.laocai.gate.queue.simulation.DayModel;
import vn.laocai.gate.queue.simulation.Estimate;
import vn.laocai.gate.queue.simulation.Experiment;
import vn.laocai.gate.queue.simulation.RunResult;
import vn.laocai.gate.queue.simulation.Scenario;
import vn.laocai.gate.support.domain.InvalidValueException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What-if for supervisors: the simulation of a coming day from its real bookings, closures and
 * calendar, under the platform's rules, as planned and with the changes a supervisor tries, with the
 * same seeds in both (common random numbers), so a difference between the columns comes from the
 * changes. What the service does not know (walk-ins, no-shows, lateness, papers, agencies' times) comes
 * from the model of the peak day ({@code peak-day.json}).
 */
@ApplicationScoped
public class WhatIf {

    /** How far ahead a day may be asked: the bookings of a later day say little yet. */
    public static final int DAYS_AHEAD = 30;
    /** The queue series: every 10 minutes from 00:00 to 24:00 of the day. */
    public static final int QUEUE_POINTS = 24 * 6 + 1;

    /** The figures of one column, each the mean over the replications with its 95 % confidence interval. */
    public record Prediction(Settings settings, Estimate meanWait, Estimate p50Wait, Estimate p95Wait, Estimate maxWait,
                             Estimate perishableMeanWait, Estimate perishableP50Wait, Estimate perishableP95Wait, Estimate perishableMaxWait,
                             Estimate throughput, Estimate waitingAtMidnight, double[] queueLength) {
    }

    /** What a column runs with. */
    public record Settings(int exportLanes, int importLanes, int vehiclesPerLanePerDay, int hekouDailyLimit, List<ClosedHours> closures) {
    }

    /** The two columns and what they rest on. */
    public record Answer(LocalDate day, long bookedExport, long bookedImport, long bookedPerishable, long walkIns, int replications,
                         Prediction asPlanned, Prediction withChanges, List<String> assumptions, long elapsedMs) {
    }

    private final BookingRepository bookings;
    private final GateClosureRepository closures;
    private final SlotCalendarRepository calendarDays;
    private final QueueConfig config;
    private final Clock clock;

    public WhatIf(BookingRepository bookings, GateClosureRepository closures, SlotCalendarRepository calendarDays, QueueConfig config,
                  Clock clock) {
        this.bookings = bookings;
        this.closures = closures;
        this.calendarDays = calendarDays;
        this.config = config;
        this.clock = clock;
    }

    public Answer run(WhatIfQuestion question) {
        long started = System.nanoTime();
        LocalDate day = question.day();
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        if (!day.isAfter(today) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
            throw new InvalidValueException("day", "'" + day + "' is not a coming day: give one of " + today.plusDays(1) + " to "
                    + today.plusDays(DAYS_AHEAD) + " (Vietnam time)")
                    .saying("not-a-coming-day", "value", day, "first", today.plusDays(1), "last", today.plusDays(DAYS_AHEAD));
        }
        WhatIfQuestion.Changes changes = question.changes() == null ? WhatIfQuestion.Changes.NONE : question.changes();
        WhatIfQuestion.Closure closure = changes.closure();
        if (closure != null && closure.untilHour() <= closure.fromHour()) {
            throw new InvalidValueException("changes.closure.until", "the closure must end after it starts (" + closure.from() + ")")
                    .saying("closure-ends-before-it-starts", "from", closure.from());
        }
        ComingDay planned = comingDay(day);
        DayModel model = DayModel.peakDay();
        QueueConfig changedConfig = ChangedSettings.of(config, changes.exportLanes(), changes.importLanes(), changes.vehiclesPerLanePerDay());
        DayModel changedModel = changes.hekouDailyLimit() == null ? model : model.withValue("chinaDailyExportLimit", changes.hekouDailyLimit());
        ComingDay changedDay = closure == null ? planned
                : planned.withClosure(new ClosedHours(closure.fromHour(), closure.untilHour(), closure.directions() == null
                || closure.directions().isEmpty() ? EnumSet.allOf(Direction.class) : closure.directions(), closure.announced()));
        int n = question.replications();
        Prediction asPlanned = predict(planned, model, config, n);
        Prediction withChanges = predict(changedDay, changedModel, changedConfig, n);
        long perishable = planned.booked().stream().filter(ComingDay.BookedCrossing::perishable).count();
        long exports = planned.booked().stream().filter(b -> b.direction() == Direction.EXPORT).count();
        long walkIns = Math.round(model.number("walkInShare") * planned.booked().size());
        return new Answer(day, exports, planned.booked().size() - exports, perishable, walkIns, n, asPlanned, withChanges,
                assumptions(model, planned, walkIns, n), (System.nanoTime() - started) / 1_000_000);
    }

    private ComingDay comingDay(LocalDate day) {
        Instant start = day.atStartOfDay(config.zone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(config.zone()).toInstant();
        return ComingDays.of(day, config.zone(), bookings.bookedBetween(EnumSet.allOf(Direction.class), start, end),
                closures.activeAfter(start), calendarDays.configuredFrom(day));
    }

    private static Prediction predict(ComingDay day, DayModel model, QueueConfig config, int replications) {
        Experiment.Results r = Experiment.of(day, model, config, replications, 1).run(Scenario.PLATFORM);
        QueueConfig.LanesSettings lanes = config.lanes();
        Settings settings = new Settings(lanes.export(), lanes.imports(), lanes.vehiclesPerLanePerDay(), model.count("chinaDailyExportLimit"),
                day.closures());
        return new Prediction(settings, r.estimate(RunResult::meanWait), r.estimate(q(0.5, false)), r.estimate(q(0.95, false)),
                r.estimate(RunResult::maxWait), r.estimate(RunResult::meanPerishableWait), r.estimate(q(0.5, true)), r.estimate(q(0.95, true)),
                r.estimate(RunResult::maxPerishableWait), r.estimate(RunResult::throughput), r.estimate(RunResult::waitingAtMidnight),
                Arrays.copyOf(r.meanTrace(), QUEUE_POINTS));
    }

    private static ToDoubleFunction<RunResult> q(double quantile, boolean perishable) {
        return perishable ? run -> run.perishableQuantile(quantile) : run -> run.waitQuantile(quantile);
    }

    private static List<String> assumptions(DayModel model, ComingDay day, long walkIns, int replications) {
        return List.of(
                String.format(Locale.ROOT, "The trucks are the %d crossings booked for the day (direction, cargo category, slot) and %d walk-ins "
                        + "that have not booked yet and book on arrival (the model's walkInShare %.2f of the booked, drawn from its arrival curves).",
                        day.booked().size(), walkIns, model.number("walkInShare")),
                "The no-shows, the lateness against the slot, incomplete papers and the time to fix them, customs channels, quarantine, the fee, "
                        + "the lane (booth) times and Hekou's daily acceptance are the model's: \"" + model.name()
                        + "\" (peak-day.json; every figure with its source in gate-simulation's README), not this day's.",
                "Both columns run the platform's rules (slots, papers checked before departure, perishables first, call-forward only when "
                        + "cleared), with the service's settings and the day's slot calendar and closures; cargo booked as perishable is taken "
                        + "as clearance will confirm it.",
                "A closure tried and announced moves the bookings it hits to the next free slot after it, as a closure declared with MOVE "
                        + "does; one not announced stops the gate while the trucks come for their slots and wait; more lanes "
                        + "or a larger capacity per lane give more slots to those who book on the day; bookings already made keep their slots.",
                "Times are Vietnam time (Asia/Ho_Chi_Minh); yard waits are in hours, from arrival at the yard to entry into the gate; "
                        + "throughput counts trucks out of the gate before midnight.",
                String.format(Locale.ROOT, "Each figure is the mean of %d replications (seeds 1..%d, the same in both columns) with its 95 %% "
                        + "confidence interval (Student t).", replications, replications));
    }
}
