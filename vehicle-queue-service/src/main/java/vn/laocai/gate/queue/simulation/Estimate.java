package vn.laocai.gate.queue.simulation;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;
import java.util.Locale;

/** The mean of a figure over independent replications and the half-width of its 95 % confidence interval (Student t). */
public record Estimate(double mean, double halfWidth, int n) {

    public static Estimate of(double[] values) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        if (n < 2) {
            return new Estimate(mean, Double.NaN, n);
        }
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, t * sd / Math.sqrt(n), n);
    }

    public String format(int decimals) {
        String pattern = "%." + decimals + "f ± %." + decimals + "f";
        return String.format(Locale.ROOT, pattern, mean, halfWidth);
    }
}
