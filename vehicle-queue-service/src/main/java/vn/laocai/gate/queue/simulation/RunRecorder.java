package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.Lanes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one run measures as it goes: the number of trucks waiting (in the yard or the gate area,
 * not yet inside the gate) as a step function of time, each truck's waiting, and the busy time of
 * the lanes' booths; then the figures of the run.
 */
final class RunRecorder {

    static final double TRACE_STEP = RunResult.TRACE_STEP;
    static final int TRACE_POINTS = RunResult.TRACE_POINTS;

    private final double dayEnd;
    private final int laneCount;
    private final List<double[]> steps = new ArrayList<>();
    private int waiting;
    private double lastChange;
    private double area;
    private long visits;
    private double boothBusy;

    RunRecorder(double dayEnd, Lanes lanes) {
        this.dayEnd = dayEnd;
        this.laneCount = lanes.export() + lanes.imports();
        steps.add(new double[] {0, 0});
    }

    void arrived(Truck truck, double now) {
        if (Double.isNaN(truck.firstArrival)) {
            truck.firstArrival = now;
        }
        visits++;
        change(now, +1);
    }

    /** The truck stops waiting: it entered the gate, or was sent back from it. */
    void leftQueue(Truck truck, double now) {
        truck.wait += now - truck.visitArrival;
        truck.visitArrival = Double.NaN;
        change(now, -1);
    }

    void exited(Truck truck, double now) {
        // the exit time is on the truck
    }

    void boothBusy(double from, double to) {
        boothBusy += Math.max(0, Math.min(to, dayEnd) - Math.max(from, 0));
    }

    private void change(double now, int delta) {
        area += waiting * (now - lastChange);
        lastChange = now;
        waiting += delta;
        steps.add(new double[] {now, waiting});
    }

    private double waitingAt(double t) {
        double value = 0;
        for (double[] step : steps) {
            if (step[0] > t) {
                break;
            }
            value = step[1];
        }
        return value;
    }

    RunResult result(List<Truck> trucks, double end, boolean slots) {
        double totalWait = 0;
        for (Truck t : trucks) {
            if (!Double.isNaN(t.visitArrival)) {
                t.wait += end - t.visitArrival;
                t.visitArrival = Double.NaN;
            }
            if (t.visits > 0) {
                totalWait += t.wait;
            }
        }
        area += waiting * (end - lastChange);
        lastChange = end;
        double[] all = trucks.stream().filter(t -> t.visits > 0).mapToDouble(t -> t.wait / 3600).toArray();
        double[] perishable = trucks.stream().filter(t -> t.visits > 0 && t.perishable).mapToDouble(t -> t.wait / 3600).toArray();
        long throughput = trucks.stream().filter(t -> t.exitAt < dayEnd).count();
        long sentBack = trucks.stream().mapToLong(t -> t.sentBack).sum();
        long bookedLate = slots ? trucks.stream().filter(t -> t.visits > 0 && t.slotStart != null)
                .filter(t -> (Double.isNaN(t.gateInAt) ? end : t.gateInAt) - Math.max(t.slotStart, t.firstArrival) > 2 * 3600).count() : -1;
        double delay = trucks.stream().filter(t -> t.visits > 0)
                .mapToDouble(t -> ((Double.isNaN(t.gateInAt) ? end : t.gateInAt) - t.loadedArrival) / 3600).average().orElse(0);
        double[] trace = new double[TRACE_POINTS];
        for (int i = 0; i < TRACE_POINTS; i++) {
            trace[i] = waitingAt(i * TRACE_STEP);
        }
        return new RunResult(all, perishable, delay, throughput, (long) waitingAt(dayEnd), bookedLate, sentBack,
                boothBusy / (laneCount * dayEnd), area / end, visits / end, visits == 0 ? 0 : totalWait / visits, trace);
    }

    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
