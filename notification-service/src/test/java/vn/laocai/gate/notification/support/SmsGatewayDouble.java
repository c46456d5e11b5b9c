package vn.laocai.gate.notification.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server playing the SMS gateway in the service's tests: it records every request (with
 * the API key it carried) and answers with a message id, or with HTTP 503 for the first calls to a
 * number told to fail ({@link #failFirst}); asked for a message, it says it was delivered.
 */
public class SmsGatewayDouble implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "test-sms-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    private static final AtomicInteger IDS = new AtomicInteger();
    private HttpServer server;

    /** One request as received, and whether it was answered with success. */
    public record Request(String to, String text, String encoding, String clientRef, String apiKey, boolean accepted) {
    }

    /** The next {@code calls} requests to {@code phone} are answered 503. */
    public static void failFirst(String phone, int calls) {
        FAILURES.put(phone, new AtomicInteger(calls));
    }

    public static List<Request> requestsTo(String phone) {
        return REQUESTS.stream().filter(r -> r.to().equals(phone)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/sms/messages", exchange -> {
            if (exchange.getRequestMethod().equals("GET")) {
                String id = exchange.getRequestURI().getPath().substring("/sms/messages/".length());
                answer(exchange, 200, "{\"messageId\":\"%s\",\"status\":\"DELIVERED\"}".formatted(id));
                return;
            }
            JsonNode message = JSON.readTree(exchange.getRequestBody());
            String to = message.path("to").asText();
            AtomicInteger failures = FAILURES.get(to);
            boolean fail = failures != null && failures.getAndDecrement() > 0;
            String key = exchange.getRequestHeaders().getFirst("X-API-Key");
            REQUESTS.add(new Request(to, message.path("text").asText(), message.path("encoding").asText(),
                    message.path("clientRef").asText(), key, !fail));
            int status = fail ? 503 : 201;
            String body = fail ? "{\"status\":\"UNAVAILABLE\"}"
                    : "{\"messageId\":\"SMS-TEST-%06d\",\"segments\":1,\"status\":\"ACCEPTED\"}".formatted(IDS.incrementAndGet());
            answer(exchange, status, body);
        });
        server.start();
        return Map.of("quarkus.rest-client.sms-gateway.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
