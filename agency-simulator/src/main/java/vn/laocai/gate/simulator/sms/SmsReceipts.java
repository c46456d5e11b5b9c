package vn.laocai.gate.simulator.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.simulator.clock.Timers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts each delivery receipt to {@code simulator.sms.receipt-url} when one is configured (three
 * attempts, 1 s apart, then it stays readable at {@code GET /sms/messages/{id}} only).
 */
@ApplicationScoped
public class SmsReceipts {

    private static final Logger LOG = Logger.getLogger(SmsReceipts.class);
    private static final int ATTEMPTS = 3;

    private final SmsConfig config;
    private final Timers timers;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SmsReceipts(SmsConfig config, Timers timers, ObjectMapper json) {
        this.config = config;
        this.timers = timers;
        this.json = json;
    }

    /** The receipt's body: message id, the sender's reference, DELIVERED or FAILED, reason, when. */
    static Map<String, Object> body(SmsMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", message.messageId());
        body.put("clientRef", message.clientRef());
        body.put("status", message.status());
        body.put("reason", message.reason());
        body.put("at", message.completedAt() == null ? null : message.completedAt().toString());
        return body;
    }

    void send(SmsMessage message) {
        String url = config.receiptUrl().filter(u -> !u.isBlank()).orElse(null);
        if (url == null) {
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(body(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        attempt(URI.create(url), body, message.messageId(), 1);
    }

    private void attempt(URI url, byte[] body, String messageId, int attempt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        config.receiptToken().filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                return;
            }
            String why = error != null ? error.toString() : "HTTP " + response.statusCode();
            if (attempt >= ATTEMPTS) {
                LOG.warnf("Gave up posting the receipt of %s to %s (%s); it stays readable at /sms/messages/%s", messageId, url, why, messageId);
                return;
            }
            timers.after(Duration.ofSeconds(1), () -> attempt(url, body, messageId, attempt + 1));
        });
    }
}
