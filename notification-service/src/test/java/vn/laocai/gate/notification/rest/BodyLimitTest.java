package vn.laocai.gate.notification.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.http.RawHttp;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.laocai.gate.notification.support.Platform.token;

/**
 * A body over the service's limit (1 MiB, {@code quarkus.http.limits.max-body-size}) is a 413 problem naming the
 * limit in the reader's language, whether it says its size ({@code Content-Length}) or comes in chunks; a chunked
 * body within the limit reaches the resource as before.
 */
@QuarkusTest
class BodyLimitTest {

    static final long LIMIT = 1024 * 1024;

    @TestHTTPResource("/")
    URI root;

    private Map<String, String> headers(String account, String language) {
        return Map.of("Authorization", "Bearer " + token(account, "driver"), "Content-Type", "application/json",
                "Accept-Language", language);
    }

    private static byte[] preferences(int padding) {
        return ("{\"language\": \"zh\", \"channels\": [\"INBOX\"]" + " ".repeat(padding) + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_chunked_body_within_the_limit_reaches_the_resource() throws IOException {
        RawHttp.Answer answer = RawHttp.chunked(root, "PUT", "/api/notification-preferences/me",
                headers("driver-chunked", "en"), preferences(200_000), 8_192);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"account\":\"driver-chunked\"", "\"language\":\"zh\"");
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_problem_in_the_readers_language() throws IOException {
        RawHttp.Answer answer = RawHttp.chunked(root, "PUT", "/api/notification-preferences/me",
                headers("driver-chunked-big", "zh-CN,zh;q=0.9"), preferences((int) LIMIT), 16_384);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Content-Language")).isEqualTo("zh");
        assertThat(answer.body()).contains("\"status\":413", "请求内容超过 " + LIMIT + " 字节");
        // the service still answers on a new connection
        given().auth().oauth2(token("driver-chunked-big", "driver")).when().get("/api/notification-preferences/me")
                .then().statusCode(404);
    }

    @Test
    void a_chunked_body_one_byte_over_the_limit_is_refused_and_one_at_the_limit_is_not() throws IOException {
        int atLimit = (int) LIMIT - preferences(0).length;
        assertThat(RawHttp.chunked(root, "PUT", "/api/notification-preferences/me", headers("driver-edge", "en"),
                preferences(atLimit), 65_536).status()).isEqualTo(200);
        RawHttp.Answer over = RawHttp.chunked(root, "PUT", "/api/notification-preferences/me", headers("driver-edge", "en"),
                preferences(atLimit + 1), 65_536);
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.body()).contains("larger than " + LIMIT + " bytes");
    }

    @Test
    void a_body_saying_its_size_over_the_limit_is_the_same_problem() {
        given().auth().oauth2(token("driver-sized-big", "driver")).contentType(ContentType.JSON).header("Accept-Language", "vi")
                .body(preferences((int) LIMIT))
                .when().put("/api/notification-preferences/me")
                .then().statusCode(413).contentType("application/problem+json").header("Content-Language", "vi")
                .body("status", equalTo(413)).body("detail", containsString(LIMIT + " byte"));
    }
}
