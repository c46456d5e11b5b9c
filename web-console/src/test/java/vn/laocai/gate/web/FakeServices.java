package vn.laocai.gate.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the services: one HTTP server that echoes what reached it (method, path and query,
 * Authorization, Cookie, Accept-Language, body; the language named again as Content-Language) and serves a server-sent-event stream that sends its second event only once the
 * test has read the first, so a proxy that buffered the stream would be seen.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    static volatile CountDownLatch firstEventRead = new CountDownLatch(1);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", FakeServices::echo);
        server.createContext("/api/stream", FakeServices::stream);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "web.queue-url", base,
                "web.clearance-url", base + "/clearance-root",
                "web.customs-url", base + "/customs-root",
                "web.notification-url", base + "/notification-root");
    }

    private static void echo(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String answer = exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\nhost " + exchange.getRequestHeaders().getFirst("Host")
                + "\nauth " + auth + "\ncookie " + exchange.getRequestHeaders().getFirst("Cookie")
                + "\nlanguage " + exchange.getRequestHeaders().getFirst("Accept-Language") + "\nbody " + body;
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        // what the services send on every answer, as the console does itself
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        String language = exchange.getRequestHeaders().getFirst("Accept-Language");
        if (language != null) {
            exchange.getResponseHeaders().set("Content-Language", language);
        }
        exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("data: {\"position\":3}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            boolean read = firstEventRead.await(20, TimeUnit.SECONDS);
            out.write(("data: {\"firstReadBeforeSecondSent\":" + read + "}\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
