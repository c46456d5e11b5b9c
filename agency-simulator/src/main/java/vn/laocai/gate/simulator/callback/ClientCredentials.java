package vn.laocai.gate.simulator.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The OAuth 2.0 client of one agency system (the client-credentials grant, RFC 6749 section 4.4): asks the
 * token endpoint for a short-lived access token with the client's id and secret (HTTP Basic), keeps it, and
 * asks for a new one {@code renewBefore} ahead of its expiry (at the latest halfway through its life), so a
 * simulator running for days always sends a token the receiver accepts. Keycloak's token endpoint and the
 * local stack's answer the same way.
 */
public final class ClientCredentials {

    private static final Logger LOG = Logger.getLogger(ClientCredentials.class);

    /** The token endpoint gave no token: the push is not sent and is retried like a failed one. */
    public static final class TokenUnavailableException extends RuntimeException {
        TokenUnavailableException(String message) {
            super(message);
        }
    }

    private record Held(String token, Instant renewAt) {
    }

    private final URI tokenUrl;
    private final String clientId;
    private final String basic;
    private final Duration renewBefore;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private Held held;

    public ClientCredentials(URI tokenUrl, String clientId, String clientSecret, Duration renewBefore, Duration timeout,
                             HttpClient http, ObjectMapper json, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((form(clientId) + ":" + form(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        this.renewBefore = renewBefore;
        this.timeout = timeout;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    public String clientId() {
        return clientId;
    }

    /** A current access token of the client, from the endpoint when the one held is due for renewal. */
    public synchronized String token() {
        Instant now = clock.instant();
        if (held == null || !now.isBefore(held.renewAt())) {
            held = fetch(now);
        }
        return held.token();
    }

    /** Drops the token held, so that the next {@link #token()} asks the endpoint for a new one. */
    public synchronized void forget() {
        held = null;
    }

    private Held fetch(Instant now) {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenUnavailableException("No token for " + clientId + " from " + tokenUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("Interrupted while asking " + tokenUrl + " for a token of " + clientId);
        }
        if (response.statusCode() != 200) {
            throw new TokenUnavailableException("No token for " + clientId + " from " + tokenUrl + ": HTTP "
                    + response.statusCode());
        }
        try {
            JsonNode answer = json.readTree(response.body());
            String token = answer.path("access_token").asText("");
            long expiresIn = answer.path("expires_in").asLong(0);
            if (token.isBlank() || expiresIn <= 0) {
                throw new TokenUnavailableException("The answer of " + tokenUrl + " holds no access_token and expires_in");
            }
            Duration life = Duration.ofSeconds(expiresIn);
            Duration keep = life.minus(renewBefore);
            Duration half = life.dividedBy(2);
            Instant renewAt = now.plus(keep.compareTo(half) < 0 ? half : keep);
            LOG.debugf("Token of %s valid for %d s, renewed from %s", clientId, expiresIn, renewAt);
            return new Held(token, renewAt);
        } catch (IOException e) {
            throw new TokenUnavailableException("The answer of " + tokenUrl + " is no JSON: " + e.getMessage());
        }
    }

    /** The form encoding RFC 6749 section 2.3.1 asks for in the Basic credentials. */
    private static String form(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
