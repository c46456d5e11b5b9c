package vn.laocai.gate.stack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies in microseconds, and their percentiles in milliseconds, for the benchmarks' figures. */
final class Latencies {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

    void add(long microseconds) {
        micros.add(microseconds);
    }

    void addAll(Latencies other) {
        micros.addAll(other.sorted());
    }

    int count() {
        return micros.size();
    }

    private List<Long> sorted() {
        List<Long> copy;
        synchronized (micros) {
            copy = new ArrayList<>(micros);
        }
        Collections.sort(copy);
        return copy;
    }

    /** The p-th percentile in milliseconds (nearest rank); 0 without samples. */
    double percentileMs(double p) {
        List<Long> sorted = sorted();
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }

    /** "p50/p95/p99 a/b/c ms". */
    String summary() {
        return String.format(Locale.ROOT, "p50/p95/p99 %.1f/%.1f/%.1f ms", percentileMs(50), percentileMs(95), percentileMs(99));
    }

    /** The median of some rates. */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
