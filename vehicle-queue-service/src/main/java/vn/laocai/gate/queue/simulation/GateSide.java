package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Lanes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The physical gate of one direction: the trucks that reached the gate area in the order they were
 * called, how many are inside the gate, and the booth of each lane (one truck at a time).
 */
final class GateSide {

    final Direction direction;
    final List<Truck> gateArea = new ArrayList<>();
    int inside;
    /** Called forward and not yet out (or sent back): what the gate-area limit counts. */
    int inGateArea;
    private final Map<Integer, ArrayDeque<Truck>> boothQueues = new HashMap<>();
    private final Map<Integer, Boolean> boothBusy = new HashMap<>();
    private final Map<Integer, Integer> gateInsByDay = new HashMap<>();
    private double retryPending = Double.NaN;

    GateSide(Direction direction, Lanes lanes) {
        this.direction = direction;
        for (int lane : lanes.of(direction)) {
            boothQueues.put(lane, new ArrayDeque<>());
            boothBusy.put(lane, false);
        }
    }

    int gateInsOn(int day) {
        return gateInsByDay.getOrDefault(day, 0);
    }

    void countGateIn(int day) {
        gateInsByDay.merge(day, 1, Integer::sum);
    }

    /** Schedules {@code action} at {@code time} unless a retry at that time is already due. */
    void retryAt(double time, EventQueue events, Runnable action) {
        if (retryPending == time) {
            return;
        }
        retryPending = time;
        events.at(time, action);
    }

    /** The truck queues at its lane's booth; when the booth is done with it, {@code after} takes it on. */
    void toBooth(int lane, Truck truck, EventQueue events, RunRecorder recorder, Consumer<Truck> after) {
        boothQueues.get(lane).add(truck);
        if (!boothBusy.get(lane)) {
            serve(lane, events, recorder, after);
        }
    }

    private void serve(int lane, EventQueue events, RunRecorder recorder, Consumer<Truck> after) {
        Truck truck = boothQueues.get(lane).poll();
        if (truck == null) {
            boothBusy.put(lane, false);
            return;
        }
        boothBusy.put(lane, true);
        double from = events.now();
        events.at(from + truck.booth, () -> {
            recorder.boothBusy(from, events.now());
            after.accept(truck);
            serve(lane, events, recorder, after);
        });
    }
}
