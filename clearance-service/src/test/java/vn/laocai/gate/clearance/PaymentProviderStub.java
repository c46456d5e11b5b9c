package vn.laocai.gate.clearance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server playing the payment provider for the service's tests: it charges each order
 * once (a repeated order id answers the first receipt). The first attempt of an order of a payer
 * whose tax code ends in 503 is answered with HTTP 503, as an unavailable provider would.
 */
public class PaymentProviderStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refused = new ConcurrentHashMap<>();
    private final AtomicInteger charges = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/payments/v1/payments", exchange -> {
            JsonNode order = JSON.readTree(exchange.getRequestBody());
            int status;
            String body;
            String orderId = order.get("orderId").asText();
            if (order.get("payerTaxCode").asText().endsWith("503") && refused.putIfAbsent(orderId, true) == null) {
                status = 503;
                body = "{\"status\":\"UNAVAILABLE\"}";
            } else {
                boolean fresh = !receipts.containsKey(orderId);
                body = receipts.computeIfAbsent(orderId, id -> {
                    int n = charges.incrementAndGet();
                    return "{\"paymentReference\":\"PAY-TEST%08d\",\"invoiceNumber\":\"1C26TLC-%08d\",\"amountVnd\":%d,\"paidAt\":\"%s\",\"status\":\"PAID\"}"
                            .formatted(n, n, order.get("amountVnd").asLong(), Instant.now());
                });
                status = fresh ? 201 : 200;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.payment.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
