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
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Pushes answer messages to the receiving system, at the URL configured for the answering system and
 * with a short-lived token of that system's own OAuth client ({@link ClientCredentials}; customs:
 * {@code simulator.callback.*}, quarantine: {@code simulator.quarantine.callback-*}); nothing a request
 * says changes where answers go. A failed
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
    private final Optional<ClientCredentials> customsClient;
    private final Optional<ClientCredentials> quarantineClient;

    public CallbackSender(SimulatorConfig config, Timers timers, ObjectMapper json) {
        this.config = config.callback();
        this.quarantine = config.quarantine();
        this.timers = timers;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
        this.customsClient = client(this.config.clientId(), this.config.clientSecret());
        this.quarantineClient = client(quarantine.callbackClientId(), quarantine.callbackClientSecret());
    }

    /** The OAuth client of a system when the token endpoint and its secret are configured. */
    private Optional<ClientCredentials> client(String clientId, Optional<String> secret) {
        Optional<String> tokenUrl = config.tokenUrl().filter(u -> !u.isBlank());
        if (tokenUrl.isEmpty() || secret.filter(s -> !s.isBlank()).isEmpty()) {
            LOG.warnf("No token endpoint or secret for the %s client: its answers are pushed without a token", clientId);
            return Optional.empty();
        }
        return Optional.of(new ClientCredentials(URI.create(tokenUrl.get()), clientId, secret.get(),
                config.tokenRenewBefore(), config.timeout(), http, json, Clock.systemUTC()));
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
        Optional<ClientCredentials> client = system == AgencySystem.QUARANTINE ? quarantineClient : customsClient;
        byte[] body;
        try {
            body = json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write answer " + answer.messageId(), e);
        }
        attempt(URI.create(url), client, body, answer, 1, System.nanoTime());
    }

    /** The wait after the {@code attempt}-th failure: doubling from the initial backoff, capped. */
    Duration backoff(int attempt) {
        Duration doubled = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private String configuredUrl(AgencySystem system) {
        Optional<String> customs = config.url().filter(u -> !u.isBlank());
        if (system == AgencySystem.QUARANTINE) {
            return quarantine.callbackUrl().filter(u -> !u.isBlank())
                    .orElseGet(() -> customs.filter(u -> u.endsWith("/customs"))
                            .map(u -> u.substring(0, u.length() - "/customs".length()) + "/quarantine").orElse(null));
        }
        return customs.orElse(null);
    }

    /** One push, with a token of the system's client current at the time of this attempt (a retry may take a new one). */
    private void attempt(URI url, Optional<ClientCredentials> client, byte[] body, AnswerMessage answer, int attempt,
                         long firstAttemptNanos) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        CompletableFuture<HttpResponse<Void>> sent;
        try {
            client.ifPresent(c -> request.header("Authorization", "Bearer " + c.token()));
            sent = http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (ClientCredentials.TokenUnavailableException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                return;
            }
            String why = error != null ? error.toString() : "HTTP " + response.statusCode();
            if (error == null && response.statusCode() == 401) {
                // the receiver no longer takes the token held (keys rotated, revoked): the retry asks for a new one
                client.ifPresent(ClientCredentials::forget);
            }
            Duration wait = backoff(attempt);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - firstAttemptNanos);
            if ((config.maxAttempts() > 0 && attempt >= config.maxAttempts())
                    || elapsed.plus(wait).compareTo(config.giveUpAfter()) > 0) {
                LOG.warnf("Gave up pushing %s %s to %s after %d attempts in %s (%s); it stays available for polling",
                        answer.type(), answer.messageId(), url, attempt, elapsed, why);
                return;
            }
            LOG.infof("Push of %s %s to %s failed (%s), retry in %s", answer.type(), answer.messageId(), url, why, wait);
            timers.after(wait, () -> attempt(url, client, body, answer, attempt + 1, firstAttemptNanos));
        });
    }
}
