package vn.laocai.gate.simulator.customs;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.agency.Channel;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChannelPickerTest {

    @Test
    void the_same_seed_draws_the_same_channels() {
        ChannelPicker a = new ChannelPicker(7, 0.6, 0.3, 0.1);
        ChannelPicker b = new ChannelPicker(7, 0.6, 0.3, 0.1);

        IntStream.range(0, 100).forEach(i -> assertThat(a.next()).isEqualTo(b.next()));
    }

    @Test
    void draws_follow_the_mix() {
        ChannelPicker picker = new ChannelPicker(42, 0.6, 0.3, 0.1);
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        IntStream.range(0, 10_000).forEach(i -> counts.merge(picker.next(), 1, Integer::sum));

        assertThat(counts.get(Channel.GREEN) / 10_000.0).isCloseTo(0.6, within(0.03));
        assertThat(counts.get(Channel.YELLOW) / 10_000.0).isCloseTo(0.3, within(0.03));
        assertThat(counts.get(Channel.RED) / 10_000.0).isCloseTo(0.1, within(0.03));
    }

    @Test
    void a_zero_weight_is_never_drawn() {
        ChannelPicker allGreen = new ChannelPicker(1, 1, 0, 0);

        IntStream.range(0, 1000).forEach(i -> assertThat(allGreen.next()).isEqualTo(Channel.GREEN));
    }

    @Test
    void weights_must_not_all_be_zero() {
        assertThatThrownBy(() -> new ChannelPicker(1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
