package vn.laocai.gate.support.badinput;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.i18n.EnglishRuns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run fails on each kind of answer it is there to find, against a small server that gives them. */
class BadInputRunTest {

    static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {"/api/things/{code}": {"post": {
              "parameters": [{"name": "code", "in": "path", "required": true, "example": "T-1", "schema": {"type": "string"}}],
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
             "components": {"schemas": {
              "Thing": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 10},
                        "lines": {"type": "array", "maxItems": 3, "items": {"$ref": "#/components/schemas/Line"}}}},
              "Line": {"type": "object", "properties": {"hsCode": {"type": "string", "examples": ["0810"]}}}}}}""";

    private HttpServer server;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    /** Answers every request under /api/ with {@code status}, {@code type} and {@code body}, and remembers the token. */
    private URI serve(int status, String type, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/openapi", exchange -> answer(exchange, 200, "application/json", DOCUMENT));
        server.createContext("/api/", exchange -> {
            seen.put("token", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getRequestBody().readAllBytes();
            answer(exchange, status, type, body);
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static BadInputRun run(URI root) {
        return BadInputRun.against("test-app", root, List.of("driver"), role -> "token-of-" + role);
    }

    @Test
    void a_5xx_fails_the_run() throws IOException {
        URI root = serve(500, "text/plain", "invalid byte sequence for encoding \"UTF8\": 0x00");
        assertThatThrownBy(() -> run(root).run()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/things/{code} code NUL: 500")
                .hasMessageContaining("POST /api/things/{code} lines[0].hsCode CONTROL: 500");
        assertThat(seen.get("token")).isEqualTo("Bearer token-of-driver");
    }

    @Test
    void a_4xx_that_is_not_a_problem_fails_the_run() throws IOException {
        URI root = serve(400, "text/plain", "bad");
        assertThatThrownBy(() -> run(root).run()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("name LONG: 400 as 'text/plain', not a problem");
    }

    @Test
    void a_problem_not_naming_the_field_at_fault_fails_the_run() throws IOException {
        URI root = serve(400, "application/problem+json", "{\"status\":400,\"violations\":[{\"field\":\"other\",\"message\":\"x\"}]}");
        assertThatThrownBy(() -> run(root).run()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("lines HUGE_ARRAY: 400 without naming lines")
                .hasMessageContaining("name WRONG_TYPE: 400 without naming name");
    }

    @Test
    void a_nul_accepted_fails_the_run_and_an_operation_no_role_reaches_too() throws IOException {
        URI accepted = serve(200, "application/json", "{}");
        assertThatThrownBy(() -> run(accepted).run()).hasMessageContaining("name NUL: 200, not refused with a 400");
        server.stop(0);
        URI forbidden = serve(403, "application/problem+json", "{\"status\":403}");
        assertThatThrownBy(() -> run(forbidden).run()).hasMessageContaining("none of the roles [driver] is let through");
    }

    @Test
    void a_problem_in_english_to_a_reader_of_chinese_or_vietnamese_fails_the_run() throws IOException {
        URI root = serve(400, "application/problem+json", "{\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"name: must not be blank\",\"violations\":[{\"field\":\"name\",\"message\":\"must not be blank\"}]}");
        assertThatThrownBy(() -> run(root).run()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("code NUL: 400 asked in no language, Content-Language null, not vi")
                .hasMessageContaining("asked in zh-CN, Content-Language null, not zh");
    }

    @Test
    void a_problem_says_its_language_in_its_own_letters_and_no_english_sentence() {
        EnglishRuns english = EnglishRuns.stopWords();
        String chinese = "{\"title\":\"请求无效\",\"detail\":\"name: 必须填写\",\"violations\":[{\"field\":\"name\",\"message\":\"必须填写\"}]}";
        assertThat(ProblemLanguage.check("zh-CN", "zh", chinese, english)).isNull();
        assertThat(ProblemLanguage.check("zh-CN", "zh", chinese.replace("必须填写\"}", "must be given\"}"), english))
                .startsWith("no Chinese in 'must be given'");
        assertThat(ProblemLanguage.check("zh-CN", "zh", chinese.replace("必须填写\"}", "必须 is not the value\"}"), english))
                .startsWith("English ('is not the value')");
        assertThat(ProblemLanguage.check(null, "vi", "{\"title\":\"Yêu cầu không hợp lệ\",\"detail\":\"OUT_OF_TURN_CALL: phải có\"}", english)).isNull();
        assertThat(ProblemLanguage.check(null, "vi", "{\"title\":\"Invalid request\"}", english)).startsWith("no Vietnamese");
        assertThat(ProblemLanguage.check("en", "vi", chinese, english)).isEqualTo("Content-Language vi, not en");
    }

    @Test
    void a_violation_names_a_field_whatever_its_index_or_inside_it() {
        String problem = "{\"violations\":[{\"field\":\"lines[2].hsCode\"}]}";
        assertThat(BadInputRun.names(problem, "lines[0].hsCode")).isTrue();
        assertThat(BadInputRun.names(problem, "lines")).isTrue();
        assertThat(BadInputRun.names(problem, "line")).isFalse();
        assertThat(BadInputRun.names(problem, "name")).isFalse();
    }
}
