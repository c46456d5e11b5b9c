package vn.laocai.gate.simulation;

import vn.laocai.gate.queue.config.QueueConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Replications of one scenario: replication {@code r} runs with seed {@code seed + r}, the same in
 * every scenario, so that each scenario meets the same trucks (common random numbers).
 */
public record Experiment(DayModel model, QueueConfig config, GateDay.Closure closure, int replications, long seed) {

    public Results run(Scenario scenario) {
        List<RunResult> runs = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            runs.add(new GateDay(model, config, scenario, seed + r, closure).run());
        }
        return new Results(scenario, runs);
    }

    /** The runs of a scenario and the estimates of its figures. */
    public record Results(Scenario scenario, List<RunResult> runs) {

        public Estimate estimate(ToDoubleFunction<RunResult> figure) {
            return Estimate.of(runs.stream().mapToDouble(figure).toArray());
        }

        /** The mean queue length at each trace point over the replications. */
        public double[] meanTrace() {
            double[] mean = new double[RunRecorder.TRACE_POINTS];
            for (RunResult run : runs) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += run.queueTrace()[i] / runs.size();
                }
            }
            return mean;
        }
    }
}
