package vn.laocai.gate.simulator.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The simulated SMS gateway, under {@code simulator.sms}. */
@ConfigMapping(prefix = "simulator.sms")
public interface SmsConfig {

    /** The key every request must carry as {@code X-API-Key} ({@code SIMULATOR_SMS_API_KEY}). */
    @WithDefault("local-sms-key")
    String apiKey();

    /** Where delivery receipts are posted ({@code SIMULATOR_SMS_RECEIPT_URL}); absent: only {@code GET /sms/messages/{id}}. */
    Optional<String> receiptUrl();

    /** Sent as {@code Authorization: Bearer <token>} with each receipt when present ({@code SIMULATOR_SMS_RECEIPT_TOKEN}). */
    Optional<String> receiptToken();

    /** From acceptance to the handset's answer. */
    @WithDefault("1s")
    Duration receiptDelay();

    /** Share of accepted messages the network fails to deliver (0 under all-green). */
    @WithDefault("0.02")
    double failShare();
}
