package vn.laocai.gate.queue.simulation;

import java.util.PriorityQueue;

/** The future events of a run in virtual time (seconds), earliest first, ties in the order scheduled. */
final class EventQueue {

    private record Event(double time, long seq, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = Double.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private long seq;
    private double now;

    void at(double time, Runnable action) {
        events.add(new Event(Math.max(time, now), seq++, action));
    }

    double now() {
        return now;
    }

    /** Runs events in time order until none is left (the clock stays at the last one) or the next lies after {@code until}. */
    void runUntil(double until) {
        while (!events.isEmpty() && events.peek().time() <= until) {
            Event next = events.poll();
            now = next.time();
            next.action().run();
        }
        if (!events.isEmpty()) {
            now = Math.max(now, until);
        }
    }

    boolean isEmpty() {
        return events.isEmpty();
    }
}
