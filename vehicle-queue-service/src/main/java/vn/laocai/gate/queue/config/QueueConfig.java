package vn.laocai.gate.queue.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The queue's configuration, {@code gate.queue.*}; the defaults are Kim Thanh No. 2's. */
@ConfigMapping(prefix = "gate.queue")
public interface QueueConfig {

    LanesSettings lanes();

    Arrival arrival();

    Yard yard();

    Limits limits();

    Qr qr();

    Retention retention();

    Penalties penalties();

    CargoLink cargoLink();

    Gates gates();

    Dwell dwell();

    /** The gate's time zone: slot calendar days and hours are local. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    interface LanesSettings {
        @WithDefault("2")
        int export();

        @WithDefault("3")
        int imports();

        /** Design capacity of one lane. */
        @WithDefault("200")
        int vehiclesPerLanePerDay();
    }

    interface Arrival {
        /** How long before its slot a vehicle may check in (it queues from its slot all the same). */
        @WithDefault("PT4H")
        Duration earlyCheckIn();

        /** How late after its slot a vehicle keeps its place; later it is a no-show and re-queued on arrival. */
        @WithDefault("PT1H")
        Duration grace();

        /** How long after its slot a booking whose vehicle never came is cancelled. */
        @WithDefault("PT12H")
        Duration cancelAfter();

        /** How often the no-show sweep runs. */
        @WithDefault("60s")
        String sweepInterval();
    }

    interface Yard {
        /** How many vehicles one call-forward sends to the gate area (the paper rule: 20). */
        @WithDefault("20")
        int callForwardBatch();

        /** How many vehicles the gate area of one direction holds (called forward, in the gate, released). */
        @WithDefault("20")
        int gateAreaCapacity();

        /** How many vehicles of one direction may be inside the gate at a time (the paper rule: 5 across). */
        @WithDefault("5")
        int acrossAtATime();

        /** How many recent gate-ins the throughput average uses. */
        @WithDefault("20")
        int throughputSample();

        /** How often live views are refreshed even without a change (ETAs move with time). */
        @WithDefault("15s")
        Duration liveRefresh();
    }

    interface Limits {
        @WithDefault("5")
        int openBookingsPerAccount();

        @WithDefault("2")
        int openBookingsPerVehicle();

        /** Two bookings of one vehicle or one driver must be at least this far apart. */
        @WithDefault("PT4H")
        Duration minimumGap();

        @WithDefault("10")
        int bookingRequestsPerMinute();

        /**
         * Booking requests a minute of one carrier, all its dispatchers together: a dispatcher books for a whole
         * fleet, so the rate counts per organisation rather than per account.
         */
        @WithDefault("60")
        int carrierBookingRequestsPerMinute();
    }

    interface Qr {
        /**
         * The PEM file of the key that signs new QRs (ES256): an EC P-256 private key (PKCS #8) followed by its public
         * key; in production mounted from a secret (GATE_QUEUE_QR_SIGNING_KEY), in the local stack generated once
         * into the workspace's {@code identity} folder.
         */
        Path signingKey();

        /** PEM files of retired signing keys (public key only): still published and accepted until their QRs expire. */
        Optional<List<Path>> retiredKeys();

        /**
         * HMAC secret of the QR tokens of the previous release (at least 32 characters, GATE_QUEUE_QR_SECRET): set, their
         * QRs still check in until they expire; unset (once the last of them expired), they are refused. No new QR uses it.
         */
        Optional<String> secret();
    }

    /**
     * Fair penalties (eCherha's rule by default): so many no-shows or late cancellations within the window block the
     * account (or carrier) and the vehicle from booking for a while.
     */
    interface Penalties {
        /** How far back no-shows and late cancellations count. */
        @WithDefault("P30D")
        Duration window();

        /** No-shows within the window that block. */
        @WithDefault("2")
        int noShows();

        /** Late cancellations within the window that block. */
        @WithDefault("2")
        int lateCancellations();

        /** A cancellation by the booking's side less than this before its slot starts is late. */
        @WithDefault("PT2H")
        Duration lateCancellationWithin();

        /** How long a block lasts unless a gate officer lifts it. */
        @WithDefault("P14D")
        Duration blockFor();
    }

    /**
     * A booking declared as loaded must have a declaration linked to it by this long before its slot, or its slot goes
     * back to the pool (Latvia asks for the customs reference of the cargo at booking).
     */
    interface CargoLink {
        @WithDefault("PT2H")
        Duration deadlineBeforeSlot();

        /**
         * A booking made closer to its slot than that gets this long from its booking instead; one whose deadline so falls
         * after its slot is over is left to check-in and the no-show rule.
         */
        @WithDefault("PT1H")
        Duration afterBooking();

        /** How often the sweep that releases such bookings runs ({@code off} disables it). */
        @WithDefault("60s")
        String sweepInterval();
    }

    /** The border gates of the province this instance books crossings for; a booking names one (the default when it does not). */
    interface Gates {
        @WithDefault("KIM_THANH_2")
        List<String> served();

        @WithName("default")
        @WithDefault("KIM_THANH_2")
        String defaultGate();
    }

    /** The dwell budgets of perishable cargo, and the watch that warns supervisors when a vehicle nears or passes its own. */
    interface Dwell {
        /** The budgets file on the classpath (a copy can be given as a file path instead). */
        @WithDefault("queue/dwell-budgets-2026.1.json")
        String file();

        /** How often the watch runs ({@code off} disables it). */
        @WithDefault("60s")
        String sweepInterval();
    }

    interface Retention {
        /** How long the driver's name, document and phone stay after a booking closed (exited or cancelled); then erased. */
        @WithDefault("P90D")
        Duration personalData();

        /** How often the erasure runs. */
        @WithDefault("1h")
        String interval();
    }
}
