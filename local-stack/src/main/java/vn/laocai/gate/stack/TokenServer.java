package vn.laocai.gate.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.laocai.gate.infra.DevIdentity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The local token endpoint, the developers' and tests' tool: {@code POST /token} with form fields
 * {@code username} and {@code password} answers a bearer token signed by the {@link DevIdentity}, naming
 * every service in {@code aud} and valid for {@link #TOKEN_LIFETIME}. With {@code grant_type=client_credentials}
 * and a registered agency system's client id and secret ({@link AgencyClients}; HTTP Basic or form fields
 * {@code client_id}, {@code client_secret}) it answers that client's own token, {@code azp} the client,
 * {@code aud} customs-adapter, valid for {@link #CLIENT_TOKEN_LIFETIME}, as Keycloak would. It
 * listens on the loopback interface only and nothing proxies it; failed passwords are throttled per user
 * name and per client address ({@link LoginThrottle}: a 429 problem with {@code Retry-After}). People sign
 * in to the console through Keycloak instead.
 */
public final class TokenServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TokenServer.class);

    public static final Duration TOKEN_LIFETIME = DevIdentity.MAX_LIFETIME;
    /** A client's token lives as long as the realm's access tokens ({@code accessTokenLifespan}, 300 s). */
    public static final Duration CLIENT_TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final HttpServer server;
    private final ExecutorService executor;

    private TokenServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static TokenServer start(int port, DevUsers users, DevIdentity identity) {
        return start(port, users, identity, AgencyClients.none(), LoginThrottle.standard());
    }

    static TokenServer start(int port, DevUsers users, DevIdentity identity, AgencyClients clients) {
        return start(port, users, identity, clients, LoginThrottle.standard());
    }

    static TokenServer start(int port, DevUsers users, DevIdentity identity, LoginThrottle throttle) {
        return start(port, users, identity, AgencyClients.none(), throttle);
    }

    static TokenServer start(int port, DevUsers users, DevIdentity identity, AgencyClients clients, LoginThrottle throttle) {
        LOG.info("Starting the token endpoint on port {}", port);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "token-endpoint");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/token", exchange -> guarded(exchange, () -> handleToken(exchange, users, identity, clients, throttle)));
            server.createContext("/", exchange -> guarded(exchange, () -> sendJson(exchange, 404,
                    error("not_found", "POST /token with form fields username and password"))));
            server.start();
            LOG.info("Token endpoint ready on port {}", port);
            return new TokenServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("The token endpoint cannot listen on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String tokenUrl() {
        return baseUrl() + "/token";
    }

    private interface Handler {
        void handle() throws IOException;
    }

    /** Answers 500 with the reason instead of dropping the connection, as HttpServer does on an exception. */
    private static void guarded(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            handler.handle();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Token endpoint failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            try {
                sendJson(exchange, 500, error("server_error", String.valueOf(e.getMessage())));
            } catch (IOException | RuntimeException ignored) {
                // the response was already started
            }
        }
    }

    private static void handleToken(HttpExchange exchange, DevUsers users, DevIdentity identity, AgencyClients clients,
                                    LoginThrottle throttle) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            sendJson(exchange, 405, error("invalid_request", "Use POST with form fields username and password"));
            return;
        }
        Map<String, String> form = parseForm(readBody(exchange.getRequestBody()));
        String grant = form.getOrDefault("grant_type", "password");
        if ("client_credentials".equals(grant)) {
            handleClient(exchange, form, identity, clients, throttle);
            return;
        }
        if (!"password".equals(grant)) {
            sendJson(exchange, 400, error("unsupported_grant_type", "grant_type password or client_credentials"));
            return;
        }
        String username = form.get("username");
        String password = form.get("password");
        if (username == null || username.isBlank() || password == null) {
            sendJson(exchange, 400, error("invalid_request", "Form fields username and password are required"));
            return;
        }
        String address = exchange.getRemoteAddress().getAddress().getHostAddress();
        Optional<Duration> locked = throttle.locked(username, address);
        if (locked.isPresent()) {
            tooManyAttempts(exchange, locked.get());
            return;
        }
        var user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, address);
            sendJson(exchange, 401, error("invalid_grant", "Wrong username or password"));
            return;
        }
        throttle.succeeded(username);
        List<String> roles = user.get().roles();
        List<String> memberships = user.get().memberships();
        String token = memberships.isEmpty() ? identity.token(username, TOKEN_LIFETIME, roles.toArray(String[]::new))
                : identity.memberToken(username, TOKEN_LIFETIME, memberships, roles.toArray(String[]::new));
        String body = "{\"access_token\":" + quote(token)
                + ",\"token_type\":\"Bearer\""
                + ",\"expires_in\":" + TOKEN_LIFETIME.toSeconds()
                + ",\"roles\":[" + roles.stream().map(TokenServer::quote).collect(Collectors.joining(",")) + "]}";
        sendJson(exchange, 200, body);
    }

    /** The client-credentials grant (RFC 6749 section 4.4) of a registered agency system's client. */
    private static void handleClient(HttpExchange exchange, Map<String, String> form, DevIdentity identity,
                                     AgencyClients clients, LoginThrottle throttle) throws IOException {
        String[] basic = basicCredentials(exchange.getRequestHeaders().getFirst("Authorization"));
        String clientId = basic != null ? basic[0] : form.get("client_id");
        String secret = basic != null ? basic[1] : form.get("client_secret");
        String address = exchange.getRemoteAddress().getAddress().getHostAddress();
        String throttleKey = "client:" + clientId;
        Optional<Duration> locked = throttle.locked(throttleKey, address);
        if (locked.isPresent()) {
            tooManyAttempts(exchange, locked.get());
            return;
        }
        Optional<String> client = clients.authenticate(clientId, secret);
        if (client.isEmpty()) {
            throttle.failed(throttleKey, address);
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"token\"");
            sendJson(exchange, 401, error("invalid_client", "Unknown client or wrong secret"));
            return;
        }
        throttle.succeeded(throttleKey);
        String token = identity.clientToken(client.get(), CLIENT_TOKEN_LIFETIME, AgencyClients.AUDIENCE,
                AgencyClients.ROLES.toArray(String[]::new));
        sendJson(exchange, 200, "{\"access_token\":" + quote(token) + ",\"token_type\":\"Bearer\""
                + ",\"expires_in\":" + CLIENT_TOKEN_LIFETIME.toSeconds() + "}");
    }

    /** Client id and secret of an HTTP Basic header (form-encoded, RFC 6749 section 2.3.1), or null. */
    static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
    }

    /** 429 as an RFC 7807 problem naming the field, with the seconds to wait in {@code Retry-After}. */
    private static void tooManyAttempts(HttpExchange exchange, Duration left) throws IOException {
        long seconds = Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(seconds));
        send(exchange, 429, "application/problem+json", "{\"type\":\"https://gate.laocai.vn/problems/too-many-attempts\","
                + "\"title\":\"Too many failed sign-ins\",\"status\":429,\"code\":\"too-many-attempts\","
                + "\"field\":\"username\",\"detail\":\"Too many wrong passwords: try again in " + seconds + " s\","
                + "\"violations\":[{\"field\":\"username\",\"message\":\"locked for " + seconds + " s after repeated wrong passwords\"}]}");
    }

    private static String readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(64 * 1024);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String error(String code, String description) {
        return "{\"error\":" + quote(code) + ",\"error_description\":" + quote(description) + "}";
    }

    private static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json);
    }

    private static void send(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
