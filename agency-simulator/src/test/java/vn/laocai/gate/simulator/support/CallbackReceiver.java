package vn.laocai.gate.simulator.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The receiving system the simulator is configured to push to in tests ({@code simulator.callback.url}
 * and {@code simulator.quarantine.callback-url}): records each callback with its path and Authorization
 * header, and fails the first calls about a subject a test names. It is the token endpoint of the
 * systems' clients too ({@link TokenEndpoint}).
 */
public class CallbackReceiver implements QuarkusTestResourceLifecycleManager {

    /** One callback as received. */
    public record Callback(String path, String authorization, String body) {
    }

    private static final List<Callback> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/agency-answers", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = FAILURES.entrySet().stream()
                    .anyMatch(f -> body.contains(f.getKey()) && f.getValue().getAndDecrement() > 0);
            if (!fail) {
                RECEIVED.add(new Callback(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"), body));
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        server.createContext("/token", TokenEndpoint::answer);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("simulator.callback.url", base + "/api/agency-answers/customs",
                "simulator.callback.token-url", base + "/token");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The callbacks received so far whose body contains {@code text} (a reference, a declaration id). */
    public static List<Callback> about(String text) {
        return RECEIVED.stream().filter(c -> c.body().contains(text)).toList();
    }

    /** The first {@code count} callbacks about {@code text} are answered 503. */
    public static void failFirst(String text, int count) {
        FAILURES.put(text, new AtomicInteger(count));
    }
}
