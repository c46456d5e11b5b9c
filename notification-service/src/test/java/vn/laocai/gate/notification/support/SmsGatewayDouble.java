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
 * number told to fail ({@link #failFirst}); asked for a message, it says it was delivered. Like real gateways
 * with a client message id, it keeps one message per {@code clientRef}: the same reference again is answered
 * 200 with the message taken before ({@link #messagesTo} counts what it keeps).
 */
public class SmsGatewayDouble implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "test-sms-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Map<String, String> MESSAGE_BY_CLIENT_REF = new ConcurrentHashMap<>();
    private HttpServer server;

    /** One request as received, whether it was answered with success, and the message it was answered with (or null). */
    public record Request(String to, String text, String encoding, String clientRef, String apiKey, boolean accepted,
                          String messageId) {
    }

    /** The next {@code calls} requests to {@code phone} are answered 503. */
    public static void failFirst(String phone, int calls) {
        FAILURES.put(phone, new AtomicInteger(calls));
    }

    public static List<Request> requestsTo(String phone) {
        return REQUESTS.stream().filter(r -> r.to().equals(phone)).toList();
    }

    /** The messages the gateway keeps for {@code phone}: one per client reference it took. */
    public static List<String> messagesTo(String phone) {
        return requestsTo(phone).stream().filter(Request::accepted).map(Request::messageId).distinct().toList();
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
            String clientRef = message.path("clientRef").asText();
            String taken = fail ? null : MESSAGE_BY_CLIENT_REF.get(clientRef);
            String id = fail ? null : taken != null ? taken
                    : MESSAGE_BY_CLIENT_REF.computeIfAbsent(clientRef, ref -> "SMS-TEST-%06d".formatted(IDS.incrementAndGet()));
            REQUESTS.add(new Request(to, message.path("text").asText(), message.path("encoding").asText(), clientRef, key, !fail, id));
            int status = fail ? 503 : taken != null ? 200 : 201;
            String body = fail ? "{\"status\":\"UNAVAILABLE\"}"
                    : "{\"messageId\":\"%s\",\"segments\":1,\"status\":\"ACCEPTED\"}".formatted(id);
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
