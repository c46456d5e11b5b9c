package vn.laocai.gate.simulator.support;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token endpoint for the tests (client-credentials grant only): the clients of the test profile, with
 * their secrets, get {@code token-of-<client>-<n>} valid for {@link #LIFETIME_SECONDS}; any other request a
 * 401 or 400. Records each token it gave.
 */
public final class TokenEndpoint {

    public static final long LIFETIME_SECONDS = 300;
    /** Client id to secret, as the test profile configures them. */
    static final Map<String, String> CLIENTS = Map.of("vnaccs", "test-vnaccs-secret", "quarantine-system", "test-quarantine-secret");
    private static final AtomicInteger ISSUED = new AtomicInteger();
    private static final List<String> TOKENS = new CopyOnWriteArrayList<>();

    private TokenEndpoint() {
    }

    /** The tokens issued so far, oldest first. */
    public static List<String> issued() {
        return List.copyOf(TOKENS);
    }

    /** Answers one token request. */
    public static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String client = client(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!"POST".equals(exchange.getRequestMethod()) || !form.contains("grant_type=client_credentials")) {
                send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            } else if (client == null) {
                send(exchange, 401, "{\"error\":\"invalid_client\"}");
            } else {
                String token = "token-of-" + client + "-" + ISSUED.incrementAndGet();
                TOKENS.add(token);
                send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + LIFETIME_SECONDS + "}");
            }
        }
    }

    /** The client the Basic credentials authenticate, or null. */
    private static String client(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String[] idAndSecret = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                .split(":", 2);
        return idAndSecret.length == 2 && idAndSecret[1].equals(CLIENTS.get(idAndSecret[0])) ? idAndSecret[0] : null;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
