package vn.laocai.gate.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue of one direction at the yard: who waits in which order, each one's position and
 * expected time of gate-in, and whom to call forward next. Built from the waiting vehicles and
 * those already in the gate area; it decides, the caller applies.
 */
public final class YardQueue {

    /** Queue order: the key (priority class, then the time queued from), then arrival, then code. */
    public static final Comparator<Booking> ORDER = Comparator.comparing((Booking b) -> b.yard().queueKey())
            .thenComparing(b -> b.yard().checkedInAt())
            .thenComparing(Booking::code);

    /** A place in the queue. */
    public record Entry(Booking booking, int position, Instant eta) {
    }

    /** A vehicle to call forward, and its lane. */
    public record Call(Booking booking, int lane) {
    }

    /** The call-forward limits: how many at a time, and how many the gate area holds. */
    public record Limits(int batch, int gateAreaCapacity) {
    }

    private final Direction direction;
    private final List<Booking> waiting;
    private final List<Booking> inGateArea;
    private final Duration interval;
    private final Instant now;
    private final GateClosure closure;

    public YardQueue(Direction direction, List<Booking> waiting, List<Booking> inGateArea, Duration interval, Instant now) {
        this(direction, waiting, inGateArea, interval, now, null);
    }

    /**
     * The queue while {@code closure} (null: none) is in force for the direction: nobody moves until it ends, so the
     * ETAs count from its end; the order stays as it is.
     */
    public YardQueue(Direction direction, List<Booking> waiting, List<Booking> inGateArea, Duration interval, Instant now,
                     GateClosure closure) {
        this.direction = direction;
        this.waiting = waiting.stream().filter(b -> b.status() == BookingStatus.WAITING).sorted(ORDER).toList();
        this.inGateArea = List.copyOf(inGateArea);
        this.interval = interval;
        this.now = now;
        this.closure = closure != null && closure.inForce(direction, now) ? closure : null;
    }

    /** The closure in force for this direction now, if one is: the board shows it and the ETAs count from its end. */
    public Optional<GateClosure> closure() {
        return Optional.ofNullable(closure);
    }

    public Direction direction() {
        return direction;
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Every waiting vehicle with its position (1 = next) and ETA: the vehicles called forward but not
     * yet in the gate go in first, then one interval per vehicle ahead, counted from the end of a closure in force.
     */
    public List<Entry> entries() {
        long calledNotIn = inGateArea.stream().filter(b -> b.status() == BookingStatus.CALLED_FORWARD).count();
        Instant from = closure == null ? now : closure.closedUntil();
        List<Entry> entries = new ArrayList<>(waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            Instant eta = from.plus(interval.multipliedBy(calledNotIn + i + 1));
            entries.add(new Entry(waiting.get(i), i + 1, eta));
        }
        return entries;
    }

    public Optional<Entry> entryOf(String code) {
        return entries().stream().filter(e -> e.booking().code().equals(code)).findFirst();
    }

    /** How many vehicles are in the gate area (called forward, in the gate or released, not yet out). */
    /** The vehicles called forward, in the gate or released and not yet gone. */
    public List<Booking> inGateArea() {
        return inGateArea;
    }

    public int inGateAreaCount() {
        return inGateArea.size();
    }

    /**
     * The next vehicles to call forward, in queue order, skipping those held or not cleared for the
     * gate: at most {@code wanted} (the batch when null) and no more than the gate area has room for.
     * Each goes to the least busy lane of the direction.
     */
    public List<Call> nextToCall(Integer wanted, Limits limits, Lanes lanes) {
        int room = Math.max(0, limits.gateAreaCapacity() - inGateArea.size());
        int count = Math.min(room, wanted == null ? limits.batch() : wanted);
        Map<Integer, Integer> load = laneLoad(lanes);
        List<Call> calls = new ArrayList<>();
        for (Booking b : waiting) {
            if (calls.size() >= count) {
                break;
            }
            if (b.callForwardRefusal() == null) {
                int lane = leastBusy(load);
                load.merge(lane, 1, Integer::sum);
                calls.add(new Call(b, lane));
            }
        }
        return calls;
    }

    /** The least busy lane of the direction, for a single vehicle called forward. */
    public int laneFor(Lanes lanes) {
        return leastBusy(laneLoad(lanes));
    }

    /** How many vehicles of the gate area each lane of the direction has. */
    private Map<Integer, Integer> laneLoad(Lanes lanes) {
        Map<Integer, Integer> load = new HashMap<>();
        lanes.of(direction).forEach(l -> load.put(l, 0));
        inGateArea.stream().map(b -> b.yard().lane()).filter(load::containsKey).forEach(l -> load.merge(l, 1, Integer::sum));
        return load;
    }

    private static int leastBusy(Map<Integer, Integer> load) {
        return load.entrySet().stream()
                .min(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /**
     * The queue key that puts {@code code} at {@code position} (1-based) among the others, keeping
     * their order. A position past the end puts it last.
     */
    public long keyForPosition(String code, int position) {
        List<Booking> others = waiting.stream().filter(b -> !b.code().equals(code)).toList();
        if (others.isEmpty()) {
            return waiting.get(0).yard().queueKey();
        }
        if (position > others.size()) {
            return QueueKey.after(others.get(others.size() - 1).yard().queueKey());
        }
        int index = Math.max(0, position - 1);
        Long previous = index == 0 ? null : others.get(index - 1).yard().queueKey();
        return QueueKey.between(previous, others.get(index).yard().queueKey());
    }

    public int size() {
        return waiting.size();
    }
}
