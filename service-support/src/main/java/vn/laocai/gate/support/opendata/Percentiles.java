package vn.laocai.gate.support.opendata;

import java.util.List;

/** Nearest-rank percentiles of durations, as the open datasets publish them. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The nearest-rank {@code percent}-th percentile of {@code values} (the smallest value with at least that share of
     * the values at or below it); null when there are none.
     */
    public static Long of(List<Long> values, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be 1..100");
        }
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The figure in whole minutes, rounded down; null stays null. */
    public static Long minutes(Long seconds) {
        return seconds == null ? null : seconds / 60;
    }
}
