package vn.laocai.gate.customs.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for the agency systems on the port the adapter is configured with (all four
 * share it in tests): records every submission request, accepts idempotently by submissionId, can
 * switch VNACCS to answer 503, and serves the answers a test publishes for polling. It never calls
 * back: tests post answers themselves.
 */
public final class FakeVnaccs {

    private static final String BASE = "/vnaccs/v1/declarations";
    private static final List<String> OTHER_BASES = List.of("/nsw/v1/certificate-verifications",
            "/quarantine/v1/inspection-requests", "/border-guard/v1/crossings");
    private static FakeVnaccs instance;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> otherRequests = new CopyOnWriteArrayList<>();
    private final Map<String, String> referenceBySubmission = new ConcurrentHashMap<>();
    private final Map<String, List<String>> answersByReference = new ConcurrentHashMap<>();
    private final AtomicInteger references = new AtomicInteger();
    private final java.util.Set<String> authorizations = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    /** One submission request as received, and whether it was accepted. */
    public record Request(String submissionId, String declarationId, JsonNode body, boolean accepted) {
    }

    /** The fake on the port of {@code quarkus.rest-client.vnaccs.url}, started on first use. */
    public static synchronized FakeVnaccs get() {
        if (instance == null) {
            String url = ConfigProvider.getConfig().getValue("quarkus.rest-client.vnaccs.url", String.class);
            instance = new FakeVnaccs(URI.create(url).getPort());
        }
        return instance;
    }

    private FakeVnaccs(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(BASE, this::handle);
        OTHER_BASES.forEach(base -> server.createContext(base, exchange -> handleOther(base, exchange)));
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            recordAuthorization(exchange);
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals(BASE)) {
                JsonNode body = json.readTree(exchange.getRequestBody());
                String submissionId = body.path("submissionId").asText();
                boolean accept = !down;
                requests.add(new Request(submissionId, body.path("declarationId").asText(), body, accept));
                if (!accept) {
                    respond(exchange, 503, "{\"status\":\"UNAVAILABLE\"}");
                    return;
                }
                String reference = referenceBySubmission.computeIfAbsent(submissionId,
                        id -> "VNACCS-FAKE-" + references.incrementAndGet());
                answersByReference.putIfAbsent(reference, new CopyOnWriteArrayList<>());
                respond(exchange, 202, "{\"agencyReference\":\"" + reference + "\",\"status\":\"ACCEPTED\"}");
            } else if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/answers")) {
                String reference = path.substring(BASE.length() + 1, path.length() - "/answers".length());
                List<String> answers = answersByReference.get(reference);
                if (answers == null) {
                    respond(exchange, 404, "{\"status\":\"REJECTED\"}");
                } else {
                    respond(exchange, 200, "[" + String.join(",", answers) + "]");
                }
            } else {
                respond(exchange, 405, "{}");
            }
        }
    }

    /** The other systems accept everything and answer nothing unless a test publishes answers. */
    private void handleOther(String base, HttpExchange exchange) throws IOException {
        try (exchange) {
            recordAuthorization(exchange);
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals(base)) {
                JsonNode body = json.readTree(exchange.getRequestBody());
                otherRequests.add(body);
                String reference = referenceBySubmission.computeIfAbsent(body.path("submissionId").asText(),
                        id -> base.split("/")[1].toUpperCase() + "-FAKE-" + references.incrementAndGet());
                answersByReference.putIfAbsent(reference, new CopyOnWriteArrayList<>());
                respond(exchange, 202, "{\"agencyReference\":\"" + reference + "\",\"status\":\"ACCEPTED\"}");
            } else if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/answers")) {
                String reference = path.substring(base.length() + 1, path.length() - "/answers".length());
                List<String> answers = answersByReference.get(reference);
                respond(exchange, answers == null ? 404 : 200, answers == null ? "{}" : "[" + String.join(",", answers) + "]");
            } else {
                respond(exchange, 405, "{}");
            }
        }
    }

    private void recordAuthorization(HttpExchange exchange) {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")) + " "
                + exchange.getRequestURI().getPath().split("/")[1]);
    }

    /** Each Authorization header received, followed by the system's base ("vnaccs", "quarantine", ...); "null" when absent. */
    public java.util.Set<String> authorizations() {
        return authorizations;
    }

    /** Submissions received by the NSW, quarantine and border-guard stand-ins. */
    public List<JsonNode> otherRequests() {
        return otherRequests;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Every submission request received for the declaration, failed ones included. */
    public List<Request> requestsFor(String declarationId) {
        return requests.stream().filter(r -> r.declarationId().equals(declarationId)).toList();
    }

    public Optional<String> referenceFor(String declarationId) {
        return requestsFor(declarationId).stream().filter(Request::accepted).findFirst()
                .map(r -> referenceBySubmission.get(r.submissionId()));
    }

    /** While down, every submission is answered 503. */
    public void down(boolean down) {
        this.down = down;
    }

    /**
     * Forgets a lodgement, as an agency system that lost it would: its reference answers 404 and a
     * resubmission under the same submission id is lodged anew, under a new reference.
     */
    public void lose(String reference) {
        answersByReference.remove(reference);
        referenceBySubmission.values().remove(reference);
    }

    /** The reference under which the last accepted submission of the declaration was lodged. */
    public Optional<String> latestReferenceFor(String declarationId) {
        List<Request> accepted = requestsFor(declarationId).stream().filter(Request::accepted).toList();
        return accepted.isEmpty() ? Optional.empty()
                : Optional.ofNullable(referenceBySubmission.get(accepted.get(accepted.size() - 1).submissionId()));
    }

    /** Makes an answer message (JSON) available to polling. */
    public void publishAnswer(String reference, String answerJson) {
        answersByReference.computeIfAbsent(reference, r -> new CopyOnWriteArrayList<>()).add(answerJson);
    }
}
