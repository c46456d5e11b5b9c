package vn.laocai.gate.customs.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.laocai.gate.customs.domain.RetrySchedule;

import java.time.Duration;

/** How the adapter paces submissions and looks for missed answers. */
@ConfigMapping(prefix = "customs")
public interface CustomsAdapterConfig {

    Dispatch dispatch();

    Answers answers();

    interface Dispatch {

        /** How often due handoffs are looked for (a scheduler period; the scheduler's finest is {@code 1s}). */
        @WithDefault("1s")
        String interval();

        /** Handoffs sent per dispatcher run. */
        @WithDefault("20")
        int batchSize();

        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("2s")
        Duration retryInitial();

        /** Longest wait between attempts while an agency is down. */
        @WithDefault("5m")
        Duration retryMax();

        default RetrySchedule retrySchedule() {
            return new RetrySchedule(retryInitial(), retryMax());
        }
    }

    interface Answers {

        /** How often quiet handoffs are looked for (a scheduler period such as {@code 15s}). */
        @WithDefault("15s")
        String pollInterval();

        /** A handoff that heard nothing for this long is polled, in case a callback was missed. */
        @WithDefault("60s")
        Duration quietPeriod();

        /** Handoffs polled per poller run. */
        @WithDefault("20")
        int batchSize();
    }
}
