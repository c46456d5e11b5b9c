package vn.laocai.gate.queue.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.queue.BookingMother.bookingJson;
import static vn.laocai.gate.queue.BookingMother.token;

/** Bad bytes and requests no resource takes are answered as problem details, never as a 500 or an empty body. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "vehicle_queue"))
class BadInputProblemsTest {

    static final String PROBLEM = "application/problem+json";

    @TestHTTPResource
    URL root;
    int port;

    @BeforeEach
    void port() {
        port = root.getPort();
    }

    @Test
    void a_nul_in_a_path_parameter_is_a_problem_naming_it() {
        given().auth().oauth2(token("driver-an", "driver"))
                .urlEncodingEnabled(false).when().get("/api/bookings/KT2-%00AAAA")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("violations.field", hasItem("code"));
    }

    @Test
    void a_nul_in_a_query_parameter_is_a_problem_naming_it() {
        given().auth().oauth2(token("driver-an", "driver"))
                .urlEncodingEnabled(false).when().delete("/api/bookings/KT2-AAAAAA?reason=rain%00")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("reason"));
    }

    @Test
    void a_nul_in_a_nested_json_string_is_a_problem_naming_its_path() {
        given().auth().oauth2(token("driver-an", "driver"))
                .contentType(ContentType.JSON).body(bookingJson("24C-123.45").replace("Nguyễn Văn An", "Nguyễn\\u0000An"))
                .when().post("/api/bookings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("violations.field", hasItem("driver.name"));
    }

    @Test
    void a_string_longer_than_the_bound_is_a_problem_naming_the_field() {
        given().auth().oauth2(token("driver-an", "driver"))
                .contentType(ContentType.JSON).body(bookingJson("24C-123.45").replace("Nguyễn Văn An", "A".repeat(1_000_000)))
                .when().post("/api/bookings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("driver.name"));
    }

    @Test
    void no_token_and_a_wrong_role_are_problems_and_the_challenge_is_kept() {
        given().when().get("/api/bookings/KT2-AAAAAA")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().auth().oauth2("not-a-token").when().get("/api/bookings/KT2-AAAAAA")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://gate.laocai.vn/problems/unauthorized"));
        given().auth().oauth2(token("trader-1", "trader")).contentType(ContentType.JSON).body(bookingJson("24C-123.45"))
                .when().post("/api/bookings")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    void an_unknown_path_a_wrong_method_an_unacceptable_or_unsupported_media_type_are_problems() {
        given().auth().oauth2(token("driver-an", "driver")).when().get("/api/nothing-here")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().when().get("/nothing-at-all")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().auth().oauth2(token("driver-an", "driver")).when().put("/api/bookings")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
        given().auth().oauth2(token("driver-an", "driver")).accept("application/xml").when().get("/api/bookings")
                .then().statusCode(406).contentType(PROBLEM);
        given().auth().oauth2(token("driver-an", "driver")).contentType("text/plain").body("x").when().post("/api/bookings")
                .then().statusCode(415).contentType(PROBLEM);
    }

    /** The status line and headers of a GET sent as is: HTTP clients refuse to send a malformed URI. */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, Math.max(answer.indexOf("\r\n\r\n"), 0));
        }
    }

    /**
     * Quarkus's HTTP layer refuses a URI {@code java.net.URI} cannot parse with an empty 400 before any
     * route or failure handler runs (only the {@code vertx.disableURIValidation} system property turns
     * that check off): refused, never a 500, though not a problem detail.
     */
    @Test
    void a_bad_percent_encoding_is_refused() throws IOException {
        assertThat(rawGet("/api/bookings/%zz")).startsWith("HTTP/1.1 400");
    }

    @Test
    void an_over_long_uri_is_a_problem() {
        given().auth().oauth2(token("driver-an", "driver")).when().get("/api/bookings/" + "A".repeat(9_000))
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
    }

    @Test
    void a_body_over_the_limit_is_a_problem() {
        given().auth().oauth2(token("driver-an", "driver"))
                .contentType(ContentType.JSON).body("{\"plate\":\"" + "A".repeat(1_100_000) + "\"}")
                .when().post("/api/bookings")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }
}
