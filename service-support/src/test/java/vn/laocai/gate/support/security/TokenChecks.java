package vn.laocai.gate.support.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' test of their token checks: {@code GET} of one endpoint with each token that must be
 * refused (each named by what is wrong with it) answers 401 {@code application/problem+json} with code
 * {@code .../problems/unauthorized} and {@code WWW-Authenticate: Bearer}; with a good token it answers 200.
 */
public final class TokenChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI endpoint;

    private TokenChecks(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Checks against {@code GET endpoint}, which the roles of the tokens given later may read. */
    public static TokenChecks against(URI endpoint) {
        return new TokenChecks(endpoint);
    }

    public TokenChecks refuses(Map<String, String> tokensByFault) {
        assertThat(tokensByFault).isNotEmpty();
        tokensByFault.forEach((fault, token) -> {
            HttpResponse<String> answer = get(token);
            assertThat(answer.statusCode()).as("a token with %s", fault).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).as("a token with %s", fault)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as("a token with %s", fault).contains("Bearer");
            assertThat(answer.body()).as("a token with %s", fault).contains("\"type\":\"https://gate.laocai.vn/problems/unauthorized\"");
        });
        return this;
    }

    public TokenChecks accepts(String token) {
        assertThat(get(token).statusCode()).as("a good token").isEqualTo(200);
        return this;
    }

    private HttpResponse<String> get(String token) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
