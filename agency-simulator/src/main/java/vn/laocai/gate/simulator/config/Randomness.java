package vn.laocai.gate.simulator.config;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * What the simulated systems draw by at this start: the seed of every random draw and the shares of
 * each outcome, after the all-green setting. Without {@code simulator.seed} the seed is new at each
 * start (and logged, so that a run can be repeated by setting it); with {@code simulator.all-green}
 * every declaration goes green, no inspection or certificate fails, quarantine passes and the border
 * guard refuses only a driver without a document.
 *
 * @param seed      the seed of every generator of this start
 * @param seedFixed whether the seed was configured (otherwise it was drawn at start)
 * @param allGreen  whether the all-green setting overrides the shares below
 */
public record Randomness(long seed, boolean seedFixed, boolean allGreen, ChannelWeights channelMix,
                         double inspectionFailShare, double certificateInvalidShare, QuarantineWeights quarantine,
                         double borderRefusedShare) {

    /** Relative weights of the customs channels. */
    public record ChannelWeights(double green, double yellow, double red) {

        static final ChannelWeights ONLY_GREEN = new ChannelWeights(1, 0, 0);

        /** The share of one weight in the whole mix, for people to read. */
        public double share(double weight) {
            return weight / (green + yellow + red);
        }
    }

    /** Relative weights of the quarantine decisions; SAMPLE and TREATMENT are followed by PASS. */
    public record QuarantineWeights(double pass, double fail, double sample, double treatment) {

        static final QuarantineWeights ONLY_PASS = new QuarantineWeights(1, 0, 0, 0);

        public double total() {
            return pass + fail + sample + treatment;
        }
    }

    /** The randomness of a start with this configuration; a seed is drawn when none is configured. */
    public static Randomness of(SimulatorConfig config) {
        return of(config, () -> Math.floorMod(new SplittableRandom().nextLong(), 1_000_000_000L));
    }

    /** The same, drawing a missing seed from {@code freshSeed}. */
    static Randomness of(SimulatorConfig config, LongSupplier freshSeed) {
        Optional<Long> configured = config.seed();
        long seed = configured.orElseGet(freshSeed::getAsLong);
        SimulatorConfig.Customs customs = config.customs();
        SimulatorConfig.Quarantine q = config.quarantine();
        if (config.allGreen()) {
            return new Randomness(seed, configured.isPresent(), true, ChannelWeights.ONLY_GREEN, 0, 0,
                    QuarantineWeights.ONLY_PASS, 0);
        }
        SimulatorConfig.ChannelMix mix = customs.channelMix();
        return new Randomness(seed, configured.isPresent(), false, new ChannelWeights(mix.green(), mix.yellow(), mix.red()),
                customs.inspectionFailShare(), config.nsw().invalidShare(),
                new QuarantineWeights(q.pass(), q.fail(), q.sample(), q.treatment()), config.borderGuard().refusedShare());
    }

    /** One line for the log: the seed, how to repeat it, and the shares. */
    public String describe() {
        String seedText = seedFixed ? "seed " + seed + " (configured)"
                : "seed " + seed + " (drawn at start; SIMULATOR_SEED=" + seed + " repeats it)";
        if (allGreen) {
            return "Random draws: " + seedText + "; all green (SIMULATOR_ALL_GREEN): every declaration green, "
                    + "no failed inspection, certificate, quarantine or border check";
        }
        return String.format(Locale.ROOT,
                "Random draws: %s; customs channels %.0f%% green, %.0f%% yellow, %.0f%% red; %.0f%% of inspections fail; "
                        + "%.0f%% of certificates invalid; quarantine fails %.0f%%; border guard refuses %.0f%% "
                        + "(SIMULATOR_ALL_GREEN=true for none of these)",
                seedText, 100 * channelMix.share(channelMix.green()), 100 * channelMix.share(channelMix.yellow()),
                100 * channelMix.share(channelMix.red()), 100 * inspectionFailShare, 100 * certificateInvalidShare,
                100 * quarantine.fail() / quarantine.total(), 100 * borderRefusedShare);
    }
}
