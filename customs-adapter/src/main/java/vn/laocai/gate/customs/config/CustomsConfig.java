package vn.laocai.gate.customs.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.AnswerDeadline;
import vn.laocai.gate.customs.domain.RetrySchedule;

import java.time.Duration;

/** How the adapter paces submissions and looks for missed answers, and who each agency system is. */
@ConfigMapping(prefix = "gate.customs")
public interface CustomsConfig {

    /** Vietnam customs VNACCS/VCIS ({@code gate.customs.vnaccs.*}). */
    Agency vnaccs();

    /** National Single Window ({@code gate.customs.nsw.*}). */
    Agency nsw();

    /** Plant/animal quarantine ({@code gate.customs.quarantine.*}). */
    Agency quarantine();

    /** Border guard ({@code gate.customs.border-guard.*}). */
    Agency borderGuard();

    /** The identity settings of one agency system. */
    default Agency of(AgencySystem system) {
        return switch (system) {
            case VNACCS -> vnaccs();
            case NSW -> nsw();
            case QUARANTINE -> quarantine();
            case BORDER_GUARD -> borderGuard();
        };
    }

    /**
     * One agency system: the client its answers must come from, and the login the adapter's REST client
     * uses with it (HTTP Basic, read by {@code @ClientBasicAuth} on the client interface).
     */
    interface Agency {

        /**
         * The OAuth client id of the system: a callback on its path is applied only when the token's
         * {@code azp} claim (or {@code sub} when the token has no {@code azp}) is this.
         */
        String clientId();

        /** The adapter's user name at the system. */
        String username();

        /** The adapter's password at the system; required, there is no default. */
        String password();

        /**
         * How long the system may stay silent about a handoff (not yet accepted, or no answer since the
         * last one) before it is OVERDUE: sent again once, then escalated to the customs officers.
         */
        Duration answerDeadline();

        /** Whether a lost or overdue handoff is sent again (same submission id) before it is escalated. */
        @WithDefault("true")
        boolean resubmit();

        /** Calls to the system at once, at most (submissions and polls together, each on a thread of the system's own). */
        @WithDefault("4")
        int maxConcurrentCalls();

        /** Calls started a second, at most: the system's rate limit, spread evenly (0: none). */
        @WithDefault("20")
        double callsPerSecond();

        default AnswerDeadline deadline() {
            return new AnswerDeadline(answerDeadline());
        }
    }

    Dispatch dispatch();

    Answers answers();

    Resilience resilience();

    Metrics metrics();

    Retention retention();

    interface Retention {
        /**
         * How long the driver's name and document (the booking, the border guard's handoff and the messages exchanged
         * with it) stay after the border-guard handoff last changed; then erased.
         */
        @WithDefault("P90D")
        Duration personalData();

        /** How often the erasure runs. */
        @WithDefault("1h")
        String interval();
    }

    interface Metrics {

        /** How often the pending-handoff gauges are refreshed from the database (a scheduler period). */
        @WithDefault("5s")
        String refreshInterval();
    }

    interface Dispatch {

        /** How often due handoffs are looked for (a scheduler period; the scheduler's finest is {@code 1s}). */
        @WithDefault("1s")
        String interval();

        /**
         * Handoffs claimed at once (one transaction, rows locked with {@code skip locked}); a run claims pages
         * until nothing is due.
         */
        @WithDefault("50")
        int batchSize();

        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("2s")
        Duration retryInitial();

        /** Longest wait between attempts while an agency is down. */
        @WithDefault("1m")
        Duration retryMax();

        /**
         * While one instance sends a handoff, the others leave it alone this long. It must be longer than
         * a call with its quick retries ({@link Resilience#longestCall()}; the adapter does not start
         * otherwise): a call is only begun while it can end within the claim, so two instances never send
         * one handoff at once. A handoff whose instance died mid-call is sent again after it.
         */
        @WithDefault("30s")
        Duration claim();

        default RetrySchedule retrySchedule() {
            return new RetrySchedule(retryInitial(), retryMax());
        }
    }

    interface Answers {

        /**
         * How often quiet handoffs are looked for while there are some (a scheduler period such as {@code 1s}); a run
         * polls every one that is due, page after page.
         */
        @WithDefault("1s")
        String pollInterval();

        /**
         * The longest wait between looks while nothing is due: after each run that found nothing the wait
         * doubles, from the poll interval up to this.
         */
        @WithDefault("5s")
        Duration idlePollInterval();

        /** A handoff that heard nothing for this long is polled, in case a callback was missed. */
        @WithDefault("60s")
        Duration quietPeriod();

        /** The same for systems that answer by polling only (National Single Window, border guard). */
        @WithDefault("5s")
        Duration pollOnlyPeriod();

        /** Quiet handoffs of one system read at once (a page); a run reads pages until none is left. */
        @WithDefault("100")
        int batchSize();

        /** How often handoffs are checked against their system's answer deadline (a scheduler period). */
        @WithDefault("30s")
        String deadlineCheckInterval();
    }

    /** How each agency call is guarded; every agency system has its own circuit breaker with these settings. */
    interface Resilience {

        /** Longest wait for one call. */
        @WithDefault("5s")
        Duration timeout();

        /** Quick retries of a failed call before the dispatcher schedules the next attempt itself. */
        @WithDefault("2")
        int retries();

        /** First wait between quick retries; doubled each time, plus up to half of it at random (jitter). */
        @WithDefault("200ms")
        Duration retryDelay();

        /** Calls the circuit breaker looks at. */
        @WithDefault("10")
        int breakerVolume();

        /** Share of failed calls among them that opens the circuit. */
        @WithDefault("0.5")
        double breakerFailureRatio();

        /** How long an open circuit stays open before a trial call. */
        @WithDefault("10s")
        Duration breakerDelay();

        /**
         * The longest one guarded call can take: every attempt running into the timeout, with the longest
         * waits between them (doubling from {@link #retryDelay()}, at most eight times it, plus the jitter).
         */
        default Duration longestCall() {
            Duration longest = timeout().multipliedBy(retries() + 1L);
            long delay = retryDelay().toMillis();
            for (int i = 0; i < retries(); i++) {
                long wait = Math.min(delay << Math.min(i, 3), delay * 8);
                longest = longest.plusMillis(wait + Math.max(1, delay / 2));
            }
            return longest;
        }
    }
}
