package vn.laocai.gate.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How fast a direction's lanes take vehicles in: the mean interval between the last gate-ins
 * (a moving average over the sample the caller passes), or the configured default before there
 * are two of them. The default comes from the design capacity: 200 trucks a lane a day.
 */
public final class Throughput {

    private Throughput() {
    }

    /** The mean interval between consecutive gate-ins, oldest first. */
    public static Duration interval(List<Instant> gateIns, Duration fallback) {
        if (gateIns.size() < 2) {
            return fallback;
        }
        Duration span = Duration.between(gateIns.get(0), gateIns.get(gateIns.size() - 1));
        Duration mean = span.dividedBy(gateIns.size() - 1);
        return mean.isZero() || mean.isNegative() ? fallback : mean;
    }

    /** The default interval of a direction: a day divided by what its lanes take in a day. */
    public static Duration designInterval(int lanes, int vehiclesPerLanePerDay) {
        return Duration.ofDays(1).dividedBy((long) lanes * vehiclesPerLanePerDay);
    }
}
