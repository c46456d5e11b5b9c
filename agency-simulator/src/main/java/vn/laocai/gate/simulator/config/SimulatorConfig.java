package vn.laocai.gate.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How the simulated agency systems behave: answer latencies, the customs channel mix, callbacks. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** Seed of the random channel choice, so that a run can be repeated. */
    @WithDefault("20260615")
    long seed();

    Customs customs();

    Callback callback();

    /** VNACCS/VCIS customs. */
    interface Customs {

        ChannelMix channelMix();

        /** From acceptance to the channel assignment. */
        @WithDefault("2s")
        Duration channelDelay();

        ReleaseDelay releaseDelay();
    }

    /** Relative weights of the channels; they need not add up to 1. */
    interface ChannelMix {

        @WithDefault("0.6")
        double green();

        @WithDefault("0.3")
        double yellow();

        @WithDefault("0.1")
        double red();
    }

    /** From the channel assignment to the release: seconds for green, an inspection for yellow and red. */
    interface ReleaseDelay {

        @WithDefault("3s")
        Duration green();

        @WithDefault("45s")
        Duration yellow();

        @WithDefault("3m")
        Duration red();
    }

    /** Where answers are pushed when a submission names no callback URL of its own. */
    interface Callback {

        Optional<String> url();

        /** Sent as {@code Authorization: Bearer <token>} when present. */
        Optional<String> token();

        @WithDefault("5")
        int maxAttempts();

        /** Wait before the first retry; doubled on each further one. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration timeout();
    }
}
