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
 * whose tax code ends in 503 is answered with HTTP 503, as an unavailable provider would. Every receipt carries the same
 * signed e-invoice, one the agency simulator issued (einvoice/signed-invoice.xml), whose CA joins the test trust list.
 * A refund ({@code POST .../{paymentReference}/refunds}) is made once per refund id (a repeat answers the first); while
 * {@link #REFUNDS_DOWN} is set, refunds are answered with HTTP 503. {@link #refundsMade} counts what was given back.
 */
public class PaymentProviderStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The e-invoice of every receipt. */
    public static final String INVOICE_XML = resource("einvoice/signed-invoice.xml");
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refused = new ConcurrentHashMap<>();
    private final AtomicInteger charges = new AtomicInteger();
    private HttpServer server;
    /** While set, every refund is answered with HTTP 503. */
    public static final java.util.concurrent.atomic.AtomicBoolean REFUNDS_DOWN = new java.util.concurrent.atomic.AtomicBoolean();
    private static final Map<String, String> REFUNDS = new ConcurrentHashMap<>();
    private static final Map<String, java.util.concurrent.atomic.AtomicLong> REFUNDED = new ConcurrentHashMap<>();

    /** How many VND were given back (each refund id counted once) of the payment. */
    public static long refundsMade(String paymentReference) {
        var refunded = REFUNDED.get(paymentReference);
        return refunded == null ? 0 : refunded.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            java.nio.file.Path trust = java.nio.file.Path.of("target/test-identity/document-trust/einvoice-issuers-ca.pem");
            java.nio.file.Files.createDirectories(trust.getParent());
            java.nio.file.Files.writeString(trust, resource("einvoice/issuers-ca.pem"));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/payments/v1/payments", exchange -> {
            JsonNode order = JSON.readTree(exchange.getRequestBody());
            int status;
            String body;
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/refunds")) {
                String payment = path.substring("/payments/v1/payments/".length(), path.length() - "/refunds".length());
                if (REFUNDS_DOWN.get()) {
                    status = 503;
                    body = "{\"status\":\"UNAVAILABLE\"}";
                } else {
                    String key = payment + "/" + order.get("refundId").asText();
                    boolean fresh = !REFUNDS.containsKey(key);
                    body = REFUNDS.computeIfAbsent(key, k -> {
                        REFUNDED.computeIfAbsent(payment, p -> new java.util.concurrent.atomic.AtomicLong()).addAndGet(order.get("amountVnd").asLong());
                        return JSON.createObjectNode().put("refundReference", "RFD-TEST%08d".formatted(REFUNDS.size() + 1))
                                .put("paymentReference", payment).put("amountVnd", order.get("amountVnd").asLong())
                                .put("refundedAt", Instant.now().toString()).put("status", "REFUNDED").toString();
                    });
                    status = fresh ? 201 : 200;
                }
                answer(exchange, status, body);
                return;
            }
            String orderId = order.get("orderId").asText();
            if (order.get("payerTaxCode").asText().endsWith("503") && refused.putIfAbsent(orderId, true) == null) {
                status = 503;
                body = "{\"status\":\"UNAVAILABLE\"}";
            } else {
                boolean fresh = !receipts.containsKey(orderId);
                body = receipts.computeIfAbsent(orderId, id -> {
                    int n = charges.incrementAndGet();
                    return JSON.createObjectNode().put("paymentReference", "PAY-TEST%08d".formatted(n))
                            .put("invoiceNumber", "1C26TLC-%08d".formatted(n)).put("amountVnd", order.get("amountVnd").asLong())
                            .put("paidAt", Instant.now().toString()).put("status", "PAID").put("invoiceXml", INVOICE_XML).toString();
                });
                status = fresh ? 201 : 200;
            }
            answer(exchange, status, body);
        });
        server.start();
        return Map.of("quarkus.rest-client.payment.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String resource(String name) {
        try (var in = PaymentProviderStub.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
