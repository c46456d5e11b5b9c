package vn.laocai.gate.simulator.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.config.SimulatorConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Pushes answer messages to the receiving system, at the URL configured for the answering system and
 * with that system's own token (customs: {@code simulator.callback.*}, quarantine:
 * {@code simulator.quarantine.callback-*}); nothing a request says changes where answers go. A failed
 * push is retried with doubling waits capped at {@code max-backoff}, for {@code give-up-after} (24 h by
 * default, as a real agency system keeps trying a receiver that is down); the answer stays available
 * for polling either way.
 */
@ApplicationScoped
public class CallbackSender {

    private static final Logger LOG = Logger.getLogger(CallbackSender.class);

    private final SimulatorConfig.Callback config;
    private final SimulatorConfig.Quarantine quarantine;
    private final Timers timers;
    private final ObjectMapper json;
    private final HttpClient http;

    public CallbackSender(SimulatorConfig config, Timers timers, ObjectMapper json) {
        this.config = config.callback();
        this.quarantine = config.quarantine();
        this.timers = timers;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    /**
     * Sends the answer to the system's configured URL with the system's token; no URL means polling only.
     * Quarantine uses its own URL, by default the customs one ending in {@code /quarantine}, and its own token.
     */
    public void deliver(AgencySystem system, AnswerMessage answer) {
        String url = configuredUrl(system);
        if (url == null) {
            return;
        }
        java.util.Optional<String> token = (system == AgencySystem.QUARANTINE ? quarantine.callbackToken() : config.token())
                .filter(t -> !t.isBlank());
        byte[] body;
        try {
            body = json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write answer " + answer.messageId(), e);
        }
        attempt(URI.create(url), token, body, answer, 1, System.nanoTime());
    }

    /** The wait after the {@code attempt}-th failure: doubling from the initial backoff, capped. */
    Duration backoff(int attempt) {
        Duration doubled = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private String configuredUrl(AgencySystem system) {
        java.util.Optional<String> customs = config.url().filter(u -> !u.isBlank());
        if (system == AgencySystem.QUARANTINE) {
            return quarantine.callbackUrl().filter(u -> !u.isBlank())
                    .orElseGet(() -> customs.filter(u -> u.endsWith("/customs"))
                            .map(u -> u.substring(0, u.length() - "/customs".length()) + "/quarantine").orElse(null));
        }
        return customs.orElse(null);
    }

    private void attempt(URI url, java.util.Optional<String> token, byte[] body, AnswerMessage answer, int attempt,
                         long firstAttemptNanos) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                return;
            }
            String why = error != null ? error.toString() : "HTTP " + response.statusCode();
            Duration wait = backoff(attempt);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - firstAttemptNanos);
            if ((config.maxAttempts() > 0 && attempt >= config.maxAttempts())
                    || elapsed.plus(wait).compareTo(config.giveUpAfter()) > 0) {
                LOG.warnf("Gave up pushing %s %s to %s after %d attempts in %s (%s); it stays available for polling",
                        answer.type(), answer.messageId(), url, attempt, elapsed, why);
                return;
            }
            LOG.infof("Push of %s %s to %s failed (%s), retry in %s", answer.type(), answer.messageId(), url, why, wait);
            timers.after(wait, () -> attempt(url, token, body, answer, attempt + 1, firstAttemptNanos));
        });
    }
}
