package vn.laocai.gate.simulator.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.customs.Submissions;
import vn.laocai.gate.simulator.support.CallbackReceiver;
import vn.laocai.gate.simulator.support.Logins;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.simulator.support.Logins.asAdmin;
import static vn.laocai.gate.simulator.support.Logins.asClient;

/**
 * Who may call the simulator: the simulated systems answer only the client's login, the administration
 * only the administrator's; refusals are problems. Answers go where configuration says, with each
 * system's own token.
 */
@QuarkusTest
@QuarkusTestResource(CallbackReceiver.class)
class CredentialsTest {

    static final List<String> SYSTEM_PATHS = List.of("/vnaccs/v1/declarations", "/nsw/v1/certificate-verifications",
            "/quarantine/v1/inspection-requests", "/border-guard/v1/crossings");

    @Test
    void the_systems_refuse_a_request_without_a_login_with_a_challenge() {
        for (String path : SYSTEM_PATHS) {
            given().contentType(ContentType.JSON).body(Submissions.durianExport())
                    .when().post(path)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Basic realm=\"agency-simulator\""))
                    .body("status", equalTo(401))
                    .body("type", equalTo("https://gate.laocai.vn/problems/credentials-required"));
            given().when().get(path + "/X-1/answers").then().statusCode(401);
        }
    }

    @Test
    void a_wrong_login_is_refused() {
        for (String[] login : new String[][] {{Logins.CLIENT_ID, "wrong"}, {"someone", Logins.CLIENT_SECRET},
                {Logins.CLIENT_ID, Logins.CLIENT_SECRET + "x"}, {Logins.CLIENT_ID, ""}}) {
            given().auth().preemptive().basic(login[0], login[1])
                    .contentType(ContentType.JSON).body(Submissions.durianExport())
                    .when().post("/vnaccs/v1/declarations")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().header("Authorization", "Bearer test-client-secret").contentType(ContentType.JSON)
                .body(Submissions.durianExport()).when().post("/vnaccs/v1/declarations")
                .then().statusCode(401);
        given().header("Authorization", "Basic %%%").contentType(ContentType.JSON)
                .body(Submissions.durianExport()).when().post("/vnaccs/v1/declarations")
                .then().statusCode(401);
    }

    @Test
    void the_administrator_submits_nothing() {
        asAdmin().contentType(ContentType.JSON).body(Submissions.durianExport())
                .when().post("/vnaccs/v1/declarations")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://gate.laocai.vn/problems/wrong-credential"));
    }

    @Test
    void the_administration_needs_the_administrator_login() {
        String faults = "{\"down\":true,\"latencyMs\":0,\"duplicateShare\":0,\"reorder\":false,"
                + "\"reorderWindowMs\":0,\"dropShare\":0}";
        given().contentType(ContentType.JSON).body(faults).when().put("/admin/systems/VNACCS/faults")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic "));
        given().when().get("/admin/systems/VNACCS/lodgements").then().statusCode(401);
        asClient().contentType(ContentType.JSON).body(faults).when().put("/admin/systems/VNACCS/faults")
                .then().statusCode(403).contentType("application/problem+json");
        asClient().when().get("/admin/systems/VNACCS/counters").then().statusCode(403);
        asAdmin().when().get("/admin/systems/VNACCS/faults").then().statusCode(200).body("down", equalTo(false));
    }

    @Test
    void health_and_the_api_documentation_stay_open() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200);
    }

    @Test
    void quarantine_decisions_are_pushed_to_the_quarantine_path_with_the_quarantine_token() {
        String declarationId = UUID.randomUUID().toString();
        asClient().contentType(ContentType.JSON).body("""
                        {"submissionId":"%s","declarationId":"%s","version":1,
                         "customsDeclarationNumber":"305123456789","direction":"EXPORT","destinationCountry":"CN",
                         "goodsItems":[{"sequenceNumber":1,"hsCode":"08106000","description":"Fresh durian","netWeightKg":18000}]}"""
                        .formatted(UUID.randomUUID(), declarationId))
                .when().post("/quarantine/v1/inspection-requests")
                .then().statusCode(202);

        await().atMost(Duration.ofSeconds(5)).until(() -> !CallbackReceiver.about(declarationId).isEmpty());
        assertThat(CallbackReceiver.about(declarationId)).allSatisfy(c -> {
            assertThat(c.path()).isEqualTo("/api/agency-answers/quarantine");
            assertThat(c.authorization()).startsWith("Bearer token-of-quarantine-system-");
        });
    }
}
