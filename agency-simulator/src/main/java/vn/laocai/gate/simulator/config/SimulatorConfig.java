package vn.laocai.gate.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the simulated agency systems behave: answer latencies, the customs channel mix, callbacks. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /**
     * Seed of every random draw (channels, inspections, certificates, quarantine, border checks, faults), so
     * that a run can be repeated; when absent, a new one is drawn at each start and logged.
     */
    Optional<Long> seed();

    /**
     * Every declaration green and nothing failed at random: no failed inspection or certificate, quarantine
     * passes, the border guard refuses only a driver without a document. Overrides the shares below.
     */
    @WithDefault("false")
    boolean allGreen();

    Customs customs();

    SingleWindow nsw();

    Quarantine quarantine();

    BorderGuard borderGuard();

    Callback callback();

    /**
     * The credential of the client that submits work and polls answers (the customs adapter), sent as HTTP
     * Basic {@code id:secret} to {@code /vnaccs}, {@code /nsw}, {@code /quarantine} and {@code /border-guard}.
     */
    Login client();

    /** The credential of the administration ({@code /admin}: faults, lodgements, counters), a login of its own. */
    Login admin();

    /** An HTTP Basic login; the secret has no default: the simulator does not start without one. */
    interface Login {

        String id();

        String secret();
    }

    /** Faults every system starts with; change them at runtime through {@code PUT /admin/systems/{system}/faults}. */
    FaultDefaults faults();

    /** Scheduled outages, {@code SYSTEM@start+length} from the simulator's start, e.g. {@code VNACCS@30s+20s}. */
    Optional<List<String>> outages();

    interface FaultDefaults {

        @WithDefault("0ms")
        Duration latency();

        @WithDefault("0")
        double duplicateShare();

        @WithDefault("false")
        boolean reorder();

        @WithDefault("1s")
        Duration reorderWindow();

        @WithDefault("0")
        double dropShare();
    }

    /** National Single Window: verification of e-C/O and e-Phyto. */
    interface SingleWindow {

        @WithDefault("2s")
        Duration verifyDelay();

        /** Share of certificates found invalid. */
        @WithDefault("0.02")
        double invalidShare();
    }

    /** Plant/animal quarantine: relative weights of the decisions; SAMPLE and TREATMENT are followed by PASS. */
    interface Quarantine {

        @WithDefault("5s")
        Duration decisionDelay();

        @WithDefault("0.85")
        double pass();

        @WithDefault("0.02")
        double fail();

        @WithDefault("0.1")
        double sample();

        @WithDefault("0.03")
        double treatment();

        /** Where decisions are pushed; by default the customs callback URL with {@code /quarantine} for {@code /customs}. */
        Optional<String> callbackUrl();

        /**
         * The quarantine system's own OAuth client, whose tokens ({@code simulator.callback.token-url}) go with
         * its decisions; never the customs one.
         */
        @WithDefault("quarantine-system")
        String callbackClientId();

        /**
         * That client's secret. Without it (or without a token URL) decisions are pushed without a token (the
         * adapter refuses them; polling finds them).
         */
        Optional<String> callbackClientSecret();
    }

    /** Border guard: immigration control of a vehicle and its driver. */
    interface BorderGuard {

        @WithDefault("3s")
        Duration checkDelay();

        /** Share of crossings refused (besides those without a driver's document). */
        @WithDefault("0.01")
        double refusedShare();
    }

    /** VNACCS/VCIS customs. */
    interface Customs {

        ChannelMix channelMix();

        /** From acceptance to the channel assignment. */
        @WithDefault("2s")
        Duration channelDelay();

        ReleaseDelay releaseDelay();

        /** Share of yellow and red inspections that fail, ending in REJECTED instead of RELEASED. */
        @WithDefault("0.05")
        double inspectionFailShare();
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

    /**
     * Where customs (VNACCS) answers are pushed, and how callbacks are retried. Callback targets are
     * configuration only: a submission cannot name one.
     */
    interface Callback {

        Optional<String> url();

        /**
         * The OAuth 2.0 token endpoint the agency systems' clients get their short-lived access tokens from
         * (client-credentials grant): the local stack's token endpoint or Keycloak's. Without it answers are
         * pushed without a token.
         */
        Optional<String> tokenUrl();

        /** The customs (VNACCS) system's own OAuth client, whose token goes with customs answers. */
        @WithDefault("vnaccs")
        String clientId();

        /** That client's secret; without it customs answers are pushed without a token. */
        Optional<String> clientSecret();

        /** How long before its expiry a token is renewed (at the latest halfway through its life). */
        @WithDefault("60s")
        Duration tokenRenewBefore();

        /** Attempts at most per answer; 0: no limit but {@link #giveUpAfter()}. */
        @WithDefault("0")
        int maxAttempts();

        /** Wait before the first retry; doubled on each further one, up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** Longest wait between two attempts. */
        @WithDefault("5m")
        Duration maxBackoff();

        /** How long a failing push is retried, from the first attempt, as a real agency system would. */
        @WithDefault("24h")
        Duration giveUpAfter();

        @WithDefault("5s")
        Duration timeout();
    }
}
