package vn.laocai.gate.simulation;

import vn.laocai.gate.queue.simulation.DayModel;
import vn.laocai.gate.queue.simulation.Experiment;
import vn.laocai.gate.queue.simulation.Scenario;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.config.QueueConfig;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a stationary configuration (Poisson arrivals, exponential service, c places inside the gate,
 * first come first served) the simulated mean wait is the M/M/c queue's, Erlang C.
 */
class ErlangCTest {

    static final int SERVERS = 5;
    static final double ARRIVALS_PER_HOUR = 7;
    static final double SERVICE_MINUTES = 30;
    static final int DAYS = 150;

    /** One direction, every truck red with an exponential inspection inside the gate, nothing else taking time. */
    static DayModel stationary() {
        List<Integer> flat = Collections.nCopies(24, 1);
        Map<String, Object> none = Map.of("kind", "fixed", "mean", 0);
        DayModel model = DayModel.peakDay()
                .withValue("days", DAYS)
                .withValue("trucks", (int) (ARRIVALS_PER_HOUR * 24 * DAYS))
                .withValue("exportShare", 1.0)
                .withValue("perishableShareExport", 0.0)
                .withValue("arrivalCurveExport", flat)
                .withValue("noShowShare", 0.0)
                .withValue("incompleteShare", 0.0)
                .withValue("customsGreenShare", 0.0)
                .withValue("customsYellowShare", 0.0)
                .withValue("chinaDailyExportLimit", 1_000_000)
                .with("customsPhysical", Map.of("kind", "exponential", "mean", SERVICE_MINUTES, "unit", "minutes"));
        for (String step : List.of("travelToGate", "booth", "customsDocuments", "quarantineDocuments", "quarantinePhysical", "fee")) {
            model = model.with(step, none);
        }
        return model;
    }

    static QueueConfig unlimitedYard() {
        return ServiceSettings.load(Map.of(
                "gate.queue.yard.across-at-a-time", String.valueOf(SERVERS),
                "gate.queue.yard.gate-area-capacity", "100000",
                "gate.queue.yard.call-forward-batch", "100000"));
    }

    /** Erlang C: the mean wait in queue of M/M/c, in hours. */
    static double erlangCWait(double lambda, double mu, int c) {
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term / (1 - rho);
        double probabilityOfWaiting = last / (sum + last);
        return probabilityOfWaiting / (c * mu - lambda);
    }

    @Test
    void meanWaitAgreesWithErlangCWithinFivePercent() {
        double expected = erlangCWait(ARRIVALS_PER_HOUR, 60 / SERVICE_MINUTES, SERVERS);
        Experiment experiment = new Experiment(stationary(), unlimitedYard(), null, 4, 11);
        Experiment.Results results = experiment.run(Scenario.BASELINE);
        double simulated = results.runs().stream().mapToDouble(r -> Arrays.stream(r.waits()).sum()).sum()
                / results.runs().stream().mapToLong(r -> r.waits().length).sum();

        System.out.printf("Erlang C %.4f h, simulated %.4f h %s%n", expected, simulated, results.runs().stream().map(r -> String.format("%.4f", r.meanWait())).toList());
        assertThat(expected).isBetween(0.1, 1.0);
        assertThat(simulated).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void erlangCFormulaMatchesAKnownValue() {
        // M/M/1 with rho 0.5: Wq = rho / (mu - lambda) = 0.5 / 1 h
        assertThat(erlangCWait(1, 2, 1)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    }
}
