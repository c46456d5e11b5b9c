package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.config.QueueConfig;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Replications of one scenario: replication {@code r} runs with seed {@code seed + r}, the same in
 * every scenario, so that each scenario meets the same trucks (common random numbers).
 *
 * @param closure the closure of the model's day, or null
 * @param day     a real day to run instead of the model's (its closures count, not {@code closure}), or null
 */
public record Experiment(DayModel model, QueueConfig config, ClosedHours closure, ComingDay day, int replications, long seed) {

    /** Replications of the model's day. */
    public Experiment(DayModel model, QueueConfig config, ClosedHours closure, int replications, long seed) {
        this(model, config, closure, null, replications, seed);
    }

    /** Replications of a real day. */
    public static Experiment of(ComingDay day, DayModel model, QueueConfig config, int replications, long seed) {
        return new Experiment(model, config, null, day, replications, seed);
    }

    /** The replications, run side by side on the machine's cores (each run is independent and keeps its own state), in seed order. */
    public Results run(Scenario scenario) {
        List<RunResult> runs = IntStream.range(0, replications).parallel()
                .mapToObj(r -> (day == null ? new GateDay(model, config, scenario, seed + r, closure) : GateDay.of(day, model, config, scenario, seed + r)).run())
                .toList();
        return new Results(scenario, runs);
    }

    /** The runs of a scenario and the estimates of its figures. */
    public record Results(Scenario scenario, List<RunResult> runs) {

        public Estimate estimate(ToDoubleFunction<RunResult> figure) {
            return Estimate.of(runs.stream().mapToDouble(figure).toArray());
        }

        /** The mean queue length at each trace point over the replications. */
        public double[] meanTrace() {
            double[] mean = new double[RunResult.TRACE_POINTS];
            for (RunResult run : runs) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += run.queueTrace()[i] / runs.size();
                }
            }
            return mean;
        }
    }
}
