package vn.laocai.gate.simulator.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.Channel;
import vn.laocai.gate.simulator.customs.ChannelPicker;
import vn.laocai.gate.simulator.faults.FaultBoard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's randomness as a start reads it from its configuration: the seed, the shares, all-green. */
class RandomnessTest {

    /** The configuration of one start of the simulator, from these properties and the defaults. */
    static SimulatorConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(SimulatorConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                // required, and no part of the randomness
                .withSources(new PropertiesConfigSource(Map.of("simulator.client.id", "c", "simulator.client.secret", "s",
                        "simulator.admin.id", "a", "simulator.admin.secret", "t"), "logins", 100))
                .build()
                .getConfigMapping(SimulatorConfig.class);
    }

    static List<Channel> channels(Randomness r, int count) {
        Randomness.ChannelWeights mix = r.channelMix();
        ChannelPicker picker = new ChannelPicker(r.seed(), mix.green(), mix.yellow(), mix.red());
        return IntStream.range(0, count).mapToObj(i -> picker.next()).toList();
    }

    static List<Double> faultDraws(SimulatorConfig config, Randomness r, int count) {
        FaultBoard board = new FaultBoard(config, r);
        return IntStream.range(0, count).mapToObj(i -> board.draw(AgencySystem.values()[i % 4])).toList();
    }

    @Test
    void by_default_a_tenth_of_declarations_go_red_three_tenths_yellow_and_one_inspection_in_twenty_fails() {
        Randomness r = Randomness.of(config(Map.of()));

        assertThat(r.allGreen()).isFalse();
        assertThat(r.channelMix()).isEqualTo(new Randomness.ChannelWeights(0.6, 0.3, 0.1));
        assertThat(r.inspectionFailShare()).isEqualTo(0.05);
        assertThat(r.describe()).contains("60% green, 30% yellow, 10% red", "5% of inspections fail",
                "quarantine fails 2%", "SIMULATOR_ALL_GREEN=true");
    }

    @Test
    void all_green_gives_only_green_channels_and_no_failed_inspection_whatever_the_shares_say() {
        SimulatorConfig config = config(Map.of("simulator.all-green", "true",
                "simulator.customs.channel-mix.green", "0", "simulator.customs.channel-mix.red", "1",
                "simulator.customs.inspection-fail-share", "1", "simulator.nsw.invalid-share", "1",
                "simulator.quarantine.fail", "1", "simulator.border-guard.refused-share", "1"));
        Randomness r = Randomness.of(config);

        assertThat(channels(r, 1000)).containsOnly(Channel.GREEN);
        // a share of 0 fails no draw in [0, 1): no inspection, certificate or border check fails
        assertThat(r.inspectionFailShare()).isZero();
        assertThat(r.certificateInvalidShare()).isZero();
        assertThat(r.borderRefusedShare()).isZero();
        assertThat(r.quarantine()).isEqualTo(new Randomness.QuarantineWeights(1, 0, 0, 0));
        assertThat(r.describe()).contains("all green");
    }

    @Test
    void two_starts_without_a_seed_draw_different_seeds_and_different_channels() {
        SimulatorConfig config = config(Map.of());
        Randomness first = Randomness.of(config);
        Randomness second = Randomness.of(config);

        assertThat(first.seedFixed()).isFalse();
        assertThat(second.seed()).isNotEqualTo(first.seed());
        assertThat(channels(second, 100)).isNotEqualTo(channels(first, 100));
        assertThat(first.describe()).contains("SIMULATOR_SEED=" + first.seed());
    }

    @Test
    void a_fixed_seed_repeats_the_same_draws_at_every_start() {
        SimulatorConfig config = config(Map.of("simulator.seed", "20260615"));
        Randomness first = Randomness.of(config);
        Randomness second = Randomness.of(config);

        assertThat(first.seedFixed()).isTrue();
        assertThat(first.seed()).isEqualTo(20260615L).isEqualTo(second.seed());
        assertThat(channels(second, 100)).isEqualTo(channels(first, 100));
        assertThat(faultDraws(config, second, 100)).isEqualTo(faultDraws(config, first, 100));
    }
}
