package vn.laocai.gate.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of notification-service under {@code gate.notification}. */
@ConfigMapping(prefix = "gate.notification")
public interface NotificationConfig {

    /** Class-path base of the message catalogues ({@code <base>_vi.properties}, {@code _en}, {@code _zh}), over service-support's. */
    @WithDefault("i18n/messages")
    String messages();

    Sms sms();

    Delivery delivery();

    Reminder reminder();

    Retention retention();

    /** How long personal data stays: notices' texts and addresses, and the drivers of closed bookings. */
    interface Retention {

        /** After this, a notice's title, text and delivery addresses, and a closed booking's driver, are erased. */
        @WithDefault("P90D")
        Duration personalData();

        /** How often the erasure runs. */
        @WithDefault("1h")
        String interval();
    }

    /** Text messages. */
    interface Sms {

        /** Vietnamese SMS without diacritics (GSM-7), for gateways that carry no UCS-2. */
        @WithDefault("false")
        boolean asciiVi();

        /** Sent to the gateway as {@code X-API-Key}. */
        String apiKey();
    }

    /** How deliveries are attempted and retried. */
    interface Delivery {

        /** Attempts before a delivery has failed. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** The longest wait between two attempts. */
        @WithDefault("5m")
        Duration maxBackoff();

        /**
         * How long an attempt under way holds its delivery: one whose outcome is not recorded by then (the service
         * stopped while sending) is due again. Longer than a send may take (the SMS gateway's 2 s connect and 10 s
         * read timeouts), so that a slow send is never started a second time.
         */
        @WithDefault("30s")
        Duration attemptLease();

        /** Deliveries attempted per round. */
        @WithDefault("50")
        int batchSize();

        /** How often due deliveries are looked for (besides right after a notice is written). */
        @WithDefault("1s")
        Duration interval();

        /** Receipts not pushed by the gateway are asked for this long after sending ... */
        @WithDefault("5s")
        Duration receiptWait();

        /** ... until this long after sending; the SMS stays SENT after that. */
        @WithDefault("1h")
        Duration receiptMaxAge();

        /** How often the gateway is asked for missing receipts ({@code off}: never). */
        @WithDefault("10s")
        String receiptPollInterval();
    }

    /** The slot reminder. */
    interface Reminder {

        /** How long before the window of a booked booking the driver is reminded. */
        @WithDefault("PT2H")
        Duration lead();

        /** How often bookings due for a reminder are looked for. */
        @WithDefault("60s")
        Duration interval();
    }
}
