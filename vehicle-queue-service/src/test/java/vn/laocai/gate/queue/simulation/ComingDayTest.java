package vn.laocai.gate.queue.simulation;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.Direction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** A run from a real day: its bookings are the trucks, its closures and calendar hold, the changes of a what-if count. */
class ComingDayTest {

    static final QueueConfig SERVICE = Settings.defaults();
    static final DayModel MODEL = DayModel.peakDay();
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    static final Instant START = DAY.atStartOfDay(SERVICE.zone()).toInstant();

    /** Every hour of the day booked full at the default calendar: 17 exports (two in three perishable) and 25 imports, 1,008 in all. */
    static ComingDay fullDay() {
        List<ComingDay.BookedCrossing> booked = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            Instant slot = START.plusSeconds(3600L * hour);
            for (int i = 0; i < 17; i++) {
                booked.add(new ComingDay.BookedCrossing(Direction.EXPORT, i % 3 != 0, slot));
            }
            for (int i = 0; i < 25; i++) {
                booked.add(new ComingDay.BookedCrossing(Direction.IMPORT, i == 0, slot));
            }
        }
        return new ComingDay(DAY, booked, List.of(), Map.of());
    }

    static double mean(ComingDay day, QueueConfig config, ToDoubleFunction<RunResult> figure) {
        return Experiment.of(day, MODEL, config, 3, 1).run(Scenario.PLATFORM).estimate(figure).mean();
    }

    @Test
    void theBookedTrucksComeAndTheWalkInsOnTop() {
        Instant eight = START.plusSeconds(8 * 3600);
        List<ComingDay.BookedCrossing> booked = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            booked.add(new ComingDay.BookedCrossing(i % 2 == 0 ? Direction.EXPORT : Direction.IMPORT, false, eight));
        }
        RunResult run = GateDay.of(new ComingDay(DAY, booked, List.of(), Map.of()), MODEL, SERVICE, Scenario.PLATFORM, 1).run();
        // 40 booked and 4 walk-ins (walkInShare 0.1), less the no-shows (3 %)
        assertThat(run.waits().length).isBetween(38, 44);
        assertThat(run.perishableWaits()).isEmpty();
        RunResult empty = GateDay.of(new ComingDay(DAY, List.of(), List.of(), Map.of()), MODEL, SERVICE, Scenario.PLATFORM, 1).run();
        assertThat(empty.waits()).isEmpty();
    }

    @Test
    void theDaysClosuresAndTheCalendarsHoursHold() {
        ComingDay day = fullDay();
        ComingDay closed = day.withClosure(new ClosedHours(10, 14));
        double open = mean(day, SERVICE, RunResult::throughput);
        assertThat(mean(closed, SERVICE, RunResult::throughput)).isLessThan(open - 40);
        ComingDay exportsClosed = day.withClosure(new ClosedHours(0, 24, java.util.Set.of(Direction.EXPORT)));
        // no export crosses: only the imports (600 booked of the 1,008) go out
        assertThat(GateDay.of(exportsClosed, MODEL, SERVICE, Scenario.PLATFORM, 1).run().throughput()).isLessThan((long) open - 250).isLessThan(600);
    }

    @Test
    void moreLanesLowerTheWaitAndAClosureOverThePeakRaisesIt() {
        ComingDay day = fullDay();
        double planned = mean(day, SERVICE, RunResult::meanWait);
        double moreLanes = mean(day, ChangedSettings.of(SERVICE, 4, 5, null), RunResult::meanWait);
        double closed = mean(day.withClosure(new ClosedHours(8, 16)), SERVICE, RunResult::meanWait);
        System.out.printf("full day of 1,008 bookings, mean yard wait: as planned %.2f h, lanes 4/5 %.2f h, closed 08-16 %.2f h%n",
                planned, moreLanes, closed);
        assertThat(moreLanes).isLessThan(planned);
        assertThat(closed).isGreaterThan(planned);
    }

    @Test
    void aDayOfAThousandBookingsRunsInSeconds() {
        ComingDay day = fullDay().withClosure(new ClosedHours(10, 14));
        long started = System.nanoTime();
        // what the endpoint runs by default: 10 replications as planned and 10 with the changes
        Experiment.of(fullDay(), MODEL, SERVICE, 10, 1).run(Scenario.PLATFORM);
        double mean = Experiment.of(day, MODEL, ChangedSettings.of(SERVICE, 3, null, null), 10, 1).run(Scenario.PLATFORM)
                .estimate(RunResult::meanWait).mean();
        System.out.printf("what-if of a day of 1,008 bookings (+101 walk-ins), 2 x 10 replications: %.1f s (mean wait with changes %.2f h)%n",
                (System.nanoTime() - started) / 1e9, mean);
        assertThat(mean).isPositive();
    }

    @Test
    void theSettingsChangeOnlyTheLanes() {
        QueueConfig changed = ChangedSettings.of(SERVICE, 3, null, 150);
        assertThat(changed.lanes().export()).isEqualTo(3);
        assertThat(changed.lanes().imports()).isEqualTo(SERVICE.lanes().imports());
        assertThat(changed.lanes().vehiclesPerLanePerDay()).isEqualTo(150);
        assertThat(changed.yard().acrossAtATime()).isEqualTo(SERVICE.yard().acrossAtATime());
        assertThat(changed.zone()).isEqualTo(SERVICE.zone());
    }
}
