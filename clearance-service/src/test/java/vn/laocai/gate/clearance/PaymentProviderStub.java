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
 */
public class PaymentProviderStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The e-invoice of every receipt. */
    public static final String INVOICE_XML = resource("einvoice/signed-invoice.xml");
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refused = new ConcurrentHashMap<>();
    private final AtomicInteger charges = new AtomicInteger();
    private HttpServer server;

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
