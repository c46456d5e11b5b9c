package vn.laocai.gate.queue.simulation;

import java.util.Arrays;

/**
 * The figures of one run. Waits are yard waits in hours: from the truck's arrival at the yard to its
 * entry into the gate, added up over its visits when it was sent back; trucks still waiting when the
 * run ends count as waiting until then.
 *
 * @param meanDelay        mean hours from when the truck could have been at the yard (loaded, on the road at once) to its entry into the gate:
 *                         the yard wait plus what a later slot, fixing papers or a detour back cost it
 * @param throughput       trucks out of the gate before midnight
 * @param waitingAtMidnight trucks in the yard or the gate area, not yet inside, at midnight
 * @param bookedLate       trucks with a slot that waited more than 2 h past it (past their arrival when later); -1 without slots
 * @param sentBack         times a truck was sent back from the gate to fix its papers
 * @param laneUtilisation  share of the day the lanes' booths were serving a truck
 * @param littleL          time-average number waiting over the run
 * @param littleLambda     visits to the yard per second over the run
 * @param littleW          mean wait of a visit, in seconds
 * @param queueTrace       trucks waiting every {@link #TRACE_STEP} seconds from the day's start
 */
public record RunResult(double[] waits, double[] perishableWaits, double meanDelay, long throughput, long waitingAtMidnight, long bookedLate,
                        long sentBack, double laneUtilisation, double littleL, double littleLambda, double littleW, double[] queueTrace) {

    /** The queue length is reported every 10 minutes (in seconds) over the first 48 hours. */
    public static final double TRACE_STEP = 600;
    public static final int TRACE_POINTS = 48 * 6 + 1;

    public double meanWait() {
        return Arrays.stream(waits).average().orElse(0);
    }

    public double meanPerishableWait() {
        return Arrays.stream(perishableWaits).average().orElse(0);
    }

    public double waitQuantile(double q) {
        return RunRecorder.quantile(waits, q);
    }

    public double perishableQuantile(double q) {
        return RunRecorder.quantile(perishableWaits, q);
    }

    public double maxWait() {
        return Arrays.stream(waits).max().orElse(0);
    }

    public double maxPerishableWait() {
        return Arrays.stream(perishableWaits).max().orElse(0);
    }
}
