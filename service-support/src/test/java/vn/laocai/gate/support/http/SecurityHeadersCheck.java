package vn.laocai.gate.support.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers every app sends, checked on real answers of a running app: each app's test asks for a 200,
 * a 401 and a 404 ({@link #answers}) and this check asserts on each that it is never sniffed
 * ({@code X-Content-Type-Options: nosniff}), never framed ({@code X-Frame-Options: DENY} and a CSP with
 * {@code frame-ancestors 'none'}), names no referrer, and that an answer under {@code /api/} is never kept
 * ({@code Cache-Control: no-store}). {@link #console} adds the console's own policy: {@code default-src 'self'}, no
 * inline script or style.
 */
public final class SecurityHeadersCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI root;
    private final boolean console;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();

    private SecurityHeadersCheck(URI root, boolean console) {
        this.root = root;
        this.console = console;
    }

    /** The check of an API (a service or the agency simulator) at {@code root}, e.g. {@code http://localhost:8081/}. */
    public static SecurityHeadersCheck api(URI root) {
        return new SecurityHeadersCheck(root, false);
    }

    /** The check of the web console at {@code root}. */
    public static SecurityHeadersCheck console(URI root) {
        return new SecurityHeadersCheck(root, true);
    }

    /**
     * GETs {@code path} (relative to the root, e.g. {@code api/bookings}) with {@code headers} (names and values, e.g.
     * {@code "Authorization", "Bearer ey..."}), asserts the answer's status and its headers; answers the response for
     * further checks.
     */
    public HttpResponse<String> answers(String path, int status, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).timeout(TIMEOUT).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        String what = "GET /" + path + " (" + response.statusCode() + ")";
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(header(response, "Referrer-Policy")).as(what).isEqualTo("no-referrer");
        String policy = header(response, "Content-Security-Policy");
        assertThat(policy).as(what + " Content-Security-Policy").contains("frame-ancestors 'none'");
        if (console) {
            assertThat(policy).as(what + " Content-Security-Policy").contains("default-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
        }
        if (path.startsWith("api/") || path.startsWith("svc/")) {
            assertThat(header(response, "Cache-Control")).as(what + " Cache-Control").contains("no-store");
        }
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as(what + ": HSTS is the ingress's").isEmpty();
        return response;
    }

    /**
     * The three answers every app's test checks: {@code okPath} with {@code credentials} (header names and values) 200,
     * without them 401 (the authentication layer's problem), and a path under {@code /api/} nothing serves, with them,
     * 404.
     */
    public void okUnauthorisedAndNotFound(String okPath, String... credentials) {
        answers(okPath, 200, credentials);
        answers(okPath, 401);
        answers("api/nothing-is-served-here", 404, credentials);
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }
}
