package vn.laocai.gate.queue.simulation;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A duration drawn at random, in seconds: lognormal (mean and coefficient of variation), exponential
 * (mean), normal (mean and standard deviation, may be negative: a lateness), or fixed.
 */
public record TimeDistribution(Kind kind, double meanSeconds, double spread) {

    public enum Kind { LOGNORMAL, EXPONENTIAL, NORMAL, FIXED }

    public static TimeDistribution of(String kind, double mean, double spread, String unit) {
        double scale = switch (unit.toLowerCase(Locale.ROOT)) {
            case "seconds" -> 1;
            case "minutes" -> 60;
            case "hours" -> 3600;
            default -> throw new IllegalArgumentException("unit " + unit + ": give seconds, minutes or hours");
        };
        Kind k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        return new TimeDistribution(k, mean * scale, k == Kind.NORMAL ? spread * scale : spread);
    }

    public static TimeDistribution exponential(double meanSeconds) {
        return new TimeDistribution(Kind.EXPONENTIAL, meanSeconds, 1);
    }

    public static TimeDistribution zero() {
        return new TimeDistribution(Kind.FIXED, 0, 0);
    }

    public double sample(SplittableRandom random) {
        if (meanSeconds == 0 && kind != Kind.NORMAL) {
            return 0;
        }
        return switch (kind) {
            case FIXED -> meanSeconds;
            case EXPONENTIAL -> -meanSeconds * Math.log(1 - random.nextDouble());
            case NORMAL -> meanSeconds + spread * gaussian(random);
            case LOGNORMAL -> {
                double sigma2 = Math.log(1 + spread * spread);
                double mu = Math.log(meanSeconds) - sigma2 / 2;
                yield Math.exp(mu + Math.sqrt(sigma2) * gaussian(random));
            }
        };
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
