package vn.laocai.gate.clearance.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** The trader's tracking, its live stream, and the supervisors' figures. */
@QuarkusTest
class TrackingResourceTest {

    static final String TRADER = "trader-lan";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/")
    URL root;

    @Test
    void tracking_names_the_blocking_step_and_estimates_what_is_left() {
        String id = submit(bootstrap, TRADER);
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking")
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("blockingStep", equalTo("DOCUMENTS"))
                .body("estimatedRemainingSeconds", greaterThan(0))
                .body("openHolds.step", hasItem("DOCUMENTS"))
                .body("timeline.step", hasItem("DECLARATION_SUBMITTED"));
        given().auth().oauth2(token("trader-other", "trader")).when().get("/api/declarations/" + id + "/tracking")
                .then().statusCode(404);
    }

    @Test
    void the_live_stream_sends_the_state_then_every_change() throws Exception {
        String id = submit(bootstrap, TRADER);
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "api/declarations/" + id + "/stream"))
                .header("Authorization", "Bearer " + token(TRADER, "trader"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closedAtTheEnd) {
                // the test closes the stream when it has seen enough
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(id)));

        given().auth().oauth2(token("kd-1", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"reason\": \"Sample sent to the laboratory\"}")
                .when().post("/api/declarations/" + id + "/holds").then().statusCode(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                .anyMatch(l -> l.startsWith("data:") && l.contains("Sample sent to the laboratory")));
        response.body().close();
    }

    @Test
    void supervisors_get_counts_per_step_and_dwell_times_and_nobody_else() {
        submit(bootstrap, TRADER);
        given().auth().oauth2(token("sup-1", "supervisor")).when().get("/api/clearance/statistics")
                .then().statusCode(200)
                .body("openSteps.step", hasItem("CUSTOMS"))
                .body("openSteps.find { it.step == 'CUSTOMS' && it.state == 'PENDING' }.cases", greaterThan(0))
                .body("expectedStepSeconds.CUSTOMS", greaterThan(0));
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/clearance/statistics").then().statusCode(403);
    }
}
