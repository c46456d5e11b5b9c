package vn.laocai.gate.simulator.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.customs.DeclarationSubmission;
import vn.laocai.gate.simulator.customs.Submissions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class VnaccsResourceTest {

    private HttpServer receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void a_valid_declaration_is_accepted() {
        given().contentType(ContentType.JSON).body(Submissions.durianExport(null))
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(202)
                .body("status", equalTo("ACCEPTED"))
                .body("agencyReference", startsWith("VNACCS-"));
    }

    @Test
    void a_repeated_submission_gets_the_same_reference_and_no_new_answers() {
        DeclarationSubmission submission = Submissions.durianExport(null);
        String first = submit(submission);
        String second = submit(submission);

        assertThat(second).isEqualTo(first);
        await().atMost(Duration.ofSeconds(5)).until(() -> answerTypes(first).size() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> answerTypes(first).size() == 2);
    }

    @Test
    void an_invalid_declaration_is_rejected_naming_each_field() {
        DeclarationSubmission s = Submissions.durianExport(null);
        DeclarationSubmission.GoodsItem vague = new DeclarationSubmission.GoodsItem(1, "0810", "Fruit",
                java.math.BigDecimal.TEN, "KGM", null, null, null, null, "VN");
        DeclarationSubmission invalid = new DeclarationSubmission(s.submissionId(), s.declarationId(), 1, "12345",
                s.declarant(), s.consignee(), s.direction(), s.destinationCountry(), s.transport(), List.of(vague), null);

        given().contentType(ContentType.JSON).body(invalid)
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400)
                .body("status", equalTo("REJECTED"))
                .body("errors.field", hasItems("customsDeclarationNumber", "goodsItems[0].hsCode"));
    }

    @Test
    void unreadable_json_is_rejected() {
        given().contentType(ContentType.JSON).body("{\"version\": \"one\"")
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void malformed_json_is_rejected() {
        given().contentType(ContentType.JSON).body("{\"submissionId\": ")
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(400)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void answers_can_be_polled_channel_first_then_release() {
        DeclarationSubmission submission = Submissions.durianExport(null);
        String reference = submit(submission);

        await().atMost(Duration.ofSeconds(5)).until(() -> answerTypes(reference).size() == 2);
        given().when().get("/vnaccs/v1/declarations/{ref}/answers", reference)
                .then().statusCode(200)
                .body("type", equalTo(List.of("CHANNEL_ASSIGNED", "RELEASED")))
                .body("channel", equalTo(List.of("GREEN", "GREEN")))
                .body("agencyReference", equalTo(List.of(reference, reference)))
                .body("declarationId[0]", equalTo(submission.declarationId()))
                .body("customsDeclarationNumber[0]", equalTo(submission.customsDeclarationNumber()));
    }

    @Test
    void an_unknown_reference_is_not_found() {
        given().when().get("/vnaccs/v1/declarations/{ref}/answers", "VNACCS-000000000000")
                .then().statusCode(404);
    }

    @Test
    void answers_are_pushed_to_the_callback_with_the_token() throws IOException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        String url = startReceiver(0, bodies, authorizations);

        String reference = submit(Submissions.durianExport(url));

        await().atMost(Duration.ofSeconds(5)).until(() -> bodies.size() == 2);
        assertThat(bodies.get(0)).contains("\"CHANNEL_ASSIGNED\"").contains(reference);
        assertThat(bodies.get(1)).contains("\"RELEASED\"");
        assertThat(authorizations).containsOnly("Bearer test-callback-token");
    }

    @Test
    void a_failed_callback_is_retried() throws IOException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        String url = startReceiver(2, bodies, new CopyOnWriteArrayList<>());

        submit(Submissions.durianExport(url));

        await().atMost(Duration.ofSeconds(10)).until(() -> bodies.stream().filter(b -> b.contains("RELEASED")).count() == 1
                && bodies.stream().filter(b -> b.contains("CHANNEL_ASSIGNED")).count() == 1);
    }

    private static String submit(DeclarationSubmission submission) {
        return given().contentType(ContentType.JSON).body(submission)
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(202)
                .extract().path("agencyReference");
    }

    private static List<String> answerTypes(String reference) {
        return given().when().get("/vnaccs/v1/declarations/{ref}/answers", reference)
                .then().statusCode(200).extract().jsonPath().getList("type", String.class);
    }

    /** A receiving system that fails its first {@code failures} calls with 503 and records the bodies it accepts. */
    private String startReceiver(int failures, List<String> bodies, List<String> authorizations) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/answers", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = calls.incrementAndGet() <= failures ? 503 : 204;
            if (status == 204) {
                bodies.add(new String(body, StandardCharsets.UTF_8));
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/answers";
    }
}
