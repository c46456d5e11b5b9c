package vn.laocai.gate.clearance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;

/** Settings of clearance-service under {@code gate.clearance}. */
@ConfigMapping(prefix = "gate.clearance")
public interface ClearanceConfig {

    /** Classpath resource of the requirement rules in force. */
    @WithDefault("clearance/requirements-2026.2.json")
    String requirementsFile();

    /** Classpath resource of the fee tariff in force. */
    @WithDefault("clearance/tariff-ls-09-2025.json")
    String tariffFile();

    /**
     * Classpath resource of the GACC code list imported at start when no version has been imported yet (a sample; an
     * officer uploads the real list as a new version).
     */
    @WithDefault("gacc/gacc-codes-vn-2026-11-20.csv")
    String gaccCodesFile();

    Documents documents();

    Estimates estimates();

    BookingLink bookingLink();

    FeeRefund feeRefund();

    Signing signing();

    ReleaseNote releaseNote();

    Traceability traceability();

    /** The traceability record of a consignment and its share links (application.TraceabilityLinks). */
    interface Traceability {
        /** How long a share link opens the record. */
        @WithDefault("P30D")
        Duration linkValidity();

        /** The public page a share link opens, to which {@code /<token>} is added: the console's {@code #/t} page. */
        @WithDefault("http://127.0.0.1:8080/#/t")
        String publicUrl();
    }

    /** The release note of a cleared consignment (application.ReleaseNotes). */
    interface ReleaseNote {
        /**
         * The public page its QR code opens, to which {@code /<number>/<secret>} is added: the console's
         * {@code #/verify} page.
         */
        @WithDefault("http://127.0.0.1:8080/#/verify")
        String verificationUrl();
    }

    /** The officers' signing keys of the local stack and tests (signing.LocalDecisionSigner). */
    interface Signing {
        /** Where the development certificate authority is kept, made on first use. */
        java.nio.file.Path caDirectory();
    }

    /** Refunds of fees lowered after payment. */
    interface FeeRefund {

        /** How often refunds the payment provider has not confirmed are sent again ({@code off}: never by themselves). */
        @WithDefault("30s")
        String retryEvery();
    }

    /** Links to bookings clearance has not heard of yet. */
    interface BookingLink {

        /** How long a link stays pending before it is refused, from when the declaration named the booking. */
        @WithName("wait")
        @WithDefault("PT2H")
        Duration waitFor();

        /** How often pending links are looked at. */
        @WithDefault("1m")
        String checkEvery();
    }

    /** Uploads. */
    interface Documents {

        /** The largest file accepted, in bytes. */
        @WithDefault("10485760")
        long maxSizeBytes();

        /**
         * The certificate authorities a signed PDF's signer must chain to: a PEM bundle or a folder of certificate files.
         * Without one, every signature is reported untrusted.
         */
        java.util.Optional<java.nio.file.Path> trustList();
    }

    /** How long steps take, for the estimate of what is left. */
    interface Estimates {

        /** Expected duration per step when too few have been observed, e.g. {@code customs=PT45M}. */
        Map<String, Duration> defaults();

        /** How far back observed step durations count. */
        @WithDefault("P7D")
        Duration window();

        /** How many finished steps of a kind must be observed before their mean replaces the default. */
        @WithDefault("5")
        int minSamples();
    }
}
