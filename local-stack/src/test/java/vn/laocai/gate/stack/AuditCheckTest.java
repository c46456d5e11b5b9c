package vn.laocai.gate.stack;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./gate audit} against a real HTTP server answering as the services do. */
class AuditCheckTest {

    HttpServer server;
    final Map<String, String> authorizations = new ConcurrentHashMap<>();
    String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answer("/queue/api/audit/verification", 200, """
                {"intact":true,"entries":42,"firstBrokenSeq":null,"problem":null,"detail":null,
                 "headHash":"e3b7a1c9d5f2b8e4a0c6d2f8b4e0a6c2d8f4b0e6a2c8d4f0b6e2a8c4d0f6b2e8","keyed":true}""");
        answer("/clearance/api/audit/verification", 200, """
                {"intact":false,"entries":16,"firstBrokenSeq":17,"problem":"ALTERED",
                 "detail":"entry 17 (CASE_STEP_DECIDED) no longer matches its hash: its content was edited",
                 "headHash":"5a0c7e2f9b4d1a6c3e8f0b5d2a7c4e9f1b6d3a8c5e0f2b7d4a9c6e1f3b8d5a0c","keyed":false}""");
        answer("/customs/api/audit/verification", 403, "{\"status\":403}");
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            authorizations.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    @Test
    void an_intact_chain_gives_its_length_and_head_and_exit_0() throws InterruptedException {
        List<AuditCheck.Result> results = List.of(
                AuditCheck.ask("vehicle-queue-service", base + "/queue", "t0ken", HttpClient.newHttpClient()));

        assertThat(AuditCheck.render(results))
                .isEqualTo("vehicle-queue-service: intact, 42 entries, head e3b7a1c9…b2e8 (keyed)\n");
        assertThat(AuditCheck.exitCode(results)).isZero();
        assertThat(authorizations).containsEntry("/queue/api/audit/verification", "Bearer t0ken");
    }

    @Test
    void a_broken_chain_names_the_entry_and_exits_1_an_unreachable_service_exits_2() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<AuditCheck.Result> broken = List.of(
                AuditCheck.ask("vehicle-queue-service", base + "/queue", "t", http),
                AuditCheck.ask("clearance-service", base + "/clearance", "t", http));

        assertThat(AuditCheck.render(broken)).contains("clearance-service: BROKEN at entry 17, ALTERED: entry 17 "
                + "(CASE_STEP_DECIDED) no longer matches its hash: its content was edited (NOT keyed: set GATE_AUDIT_KEY)");
        assertThat(AuditCheck.exitCode(broken)).isEqualTo(1);

        List<AuditCheck.Result> refused = List.of(AuditCheck.ask("customs-adapter", base + "/customs", "t", http));
        assertThat(AuditCheck.render(refused)).startsWith("customs-adapter: not verified (HTTP 403");
        assertThat(AuditCheck.exitCode(refused)).isEqualTo(2);
        assertThat(AuditCheck.exitCode(List.of())).isEqualTo(2);
    }
}
