package vn.laocai.gate.simulation;

import vn.laocai.gate.queue.simulation.ClosedHours;
import vn.laocai.gate.queue.simulation.DayModel;
import vn.laocai.gate.queue.simulation.Experiment;
import vn.laocai.gate.queue.simulation.GateDay;
import vn.laocai.gate.queue.simulation.RunResult;
import vn.laocai.gate.queue.simulation.Scenario;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.config.QueueConfig;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The peak day: bookkeeping (Little's law), reproducibility, what each switch does, and that the service's settings count. */
class GateDayTest {

    static final DayModel DAY = DayModel.peakDay();
    static final QueueConfig SERVICE = ServiceSettings.defaults();

    static RunResult run(Scenario scenario, QueueConfig config, long seed) {
        return new GateDay(DAY, config, scenario, seed, null).run();
    }

    static double mean(Scenario scenario, QueueConfig config, java.util.function.ToDoubleFunction<RunResult> figure) {
        return new Experiment(DAY, config, null, 2, 1).run(scenario).estimate(figure).mean();
    }

    @Test
    void littlesLawHoldsOnEveryRun() {
        for (Scenario scenario : Scenario.all()) {
            RunResult r = run(scenario, SERVICE, 7);
            assertThat(r.littleL()).as(scenario.name()).isPositive()
                    .isCloseTo(r.littleLambda() * r.littleW(), within(1e-6 * r.littleL()));
        }
        RunResult closed = new GateDay(DAY, SERVICE, Scenario.PLATFORM, 7, new ClosedHours(10, 14)).run();
        assertThat(closed.littleL()).isCloseTo(closed.littleLambda() * closed.littleW(), within(1e-6 * closed.littleL()));
    }

    @Test
    void sameSeedSameResultAnotherSeedAnother() {
        RunResult a = run(Scenario.PLATFORM, SERVICE, 42);
        RunResult b = run(Scenario.PLATFORM, SERVICE, 42);
        RunResult c = run(Scenario.PLATFORM, SERVICE, 43);
        assertThat(b.waits()).containsExactly(a.waits());
        assertThat(b.queueTrace()).containsExactly(a.queueTrace());
        assertThat(b.throughput()).isEqualTo(a.throughput());
        assertThat(c.waits()).isNotEqualTo(a.waits());
    }

    @Test
    void perishablesWaitLessWhenTheyGoFirst() {
        Scenario priority = new Scenario("perishables first only", false, false, true, false);
        double without = mean(Scenario.BASELINE, SERVICE, RunResult::meanPerishableWait);
        double with = mean(priority, SERVICE, RunResult::meanPerishableWait);
        assertThat(with).isLessThan(without * 0.8);
    }

    @Test
    void papersCheckedBeforeDepartureSendNoTruckBack() {
        Scenario papers = new Scenario("papers before departure only", false, true, false, false);
        RunResult baseline = run(Scenario.BASELINE, SERVICE, 3);
        RunResult early = run(papers, SERVICE, 3);
        assertThat(baseline.sentBack()).isGreaterThan(50);
        assertThat(early.sentBack()).isLessThan(baseline.sentBack()).isZero();
    }

    @Test
    void slotsKeepBookedTrucksFromTheYardUntilTheirHour() {
        RunResult baseline = run(Scenario.BASELINE, SERVICE, 5);
        RunResult slots = run(new Scenario("slots only", true, false, false, false), SERVICE, 5);
        assertThat(baseline.bookedLate()).isEqualTo(-1);
        assertThat(slots.bookedLate()).isNotNegative();
        assertThat(slots.waitingAtMidnight()).isLessThan(baseline.waitingAtMidnight());
    }

    @Test
    void theServiceConfigurationIsRead() {
        assertThat(ServiceSettings.serviceProperties()).containsEntry("gate.queue.yard.across-at-a-time", "5");
        assertThat(SERVICE.lanes().export()).isEqualTo(2);
        assertThat(ServiceSettings.load(Map.of("gate.queue.lanes.export", "4")).lanes().export()).isEqualTo(4);
    }

    @Test
    void moreExportLanesInTheServiceConfigurationCutTheWait() {
        QueueConfig fourLanes = ServiceSettings.load(Map.of("gate.queue.lanes.export", "4"));
        double two = mean(Scenario.BASELINE, SERVICE, RunResult::meanWait);
        double four = mean(Scenario.BASELINE, fourLanes, RunResult::meanWait);
        assertThat(four).isLessThan(two * 0.9);
    }

    @Test
    void aSmallerGateAreaInTheServiceConfigurationLengthensTheWait() {
        QueueConfig small = ServiceSettings.load(Map.of("gate.queue.yard.gate-area-capacity", "8"));
        assertThat(mean(Scenario.BASELINE, small, RunResult::meanWait)).isGreaterThan(mean(Scenario.BASELINE, SERVICE, RunResult::meanWait));
    }

    @Test
    void fewerVehiclesPerLaneInTheServiceConfigurationPushSlotsLater() {
        QueueConfig half = ServiceSettings.load(Map.of("gate.queue.lanes.vehicles-per-lane-per-day", "100"));
        double design = mean(Scenario.PLATFORM, SERVICE, RunResult::meanDelay);
        double lower = mean(Scenario.PLATFORM, half, RunResult::meanDelay);
        assertThat(lower).isGreaterThan(design * 1.2);
    }
}
