package vn.laocai.gate.customs;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.security.Roles;

import java.net.URL;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Who may call what, and how refused requests are answered. */
@QuarkusTest
class ApiSecurityTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    static String token(String... roles) {
        return EmbeddedInfraTestResource.identity().token("someone", roles);
    }

    /** A token of an agency system's own client ({@code gate.customs.<system>.client-id}). */
    static String agencyToken(String clientId) {
        return EmbeddedInfraTestResource.identity().token(clientId, Roles.AGENCY_SYSTEM);
    }

    static String answer(String messageId, String reference, String type, String channel) {
        return """
                {"messageId":"%s","agencyReference":"%s","declarationId":"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f",
                 "version":1,"customsDeclarationNumber":"305123456789","type":"%s",%s"occurredAt":"2026-06-15T01:30:02Z"}"""
                .formatted(messageId, reference, type, channel == null ? "" : "\"channel\":\"" + channel + "\",");
    }

    @Test
    void answers_need_a_token() {
        given().contentType(ContentType.JSON).body(answer("m", "VNACCS-X", "RELEASED", null))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(401);
    }

    @Test
    void refusals_of_the_role_checks_are_problems() {
        given().contentType(ContentType.JSON).body(answer("m", "VNACCS-X", "RELEASED", null))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(token(Roles.CUSTOMS_OFFICER))
                .contentType(ContentType.JSON).body(answer("m", "VNACCS-X", "RELEASED", null))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void an_agency_reference_of_a_million_characters_or_with_a_nul_is_a_problem_naming_it() {
        for (String reference : new String[] {"V".repeat(1_000_000), "VNACCS-\\u0000X"}) {
            given().auth().oauth2(agencyToken("vnaccs"))
                    .contentType(ContentType.JSON).body(answer(UUID.randomUUID().toString(), reference, "RELEASED", null))
                    .when().post("/api/agency-answers/customs")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                    .body("violations.field", hasItem("agencyReference"));
        }
    }

    @Test
    void answers_need_the_agency_system_role() {
        given().auth().oauth2(token(Roles.CUSTOMS_OFFICER, Roles.SUPERVISOR))
                .contentType(ContentType.JSON).body(answer("m", "VNACCS-X", "RELEASED", null))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(403);
    }

    @Test
    void an_answer_for_an_unknown_reference_is_not_found_and_not_remembered() {
        String messageId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(agencyToken("vnaccs"))
                    .contentType(ContentType.JSON).body(answer(messageId, "VNACCS-UNKNOWN", "RELEASED", "GREEN"))
                    .when().post("/api/agency-answers/customs")
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("VNACCS-UNKNOWN"));
        }
    }

    @Test
    void a_channel_assignment_without_channel_is_invalid() {
        given().auth().oauth2(agencyToken("vnaccs"))
                .contentType(ContentType.JSON).body(answer(UUID.randomUUID().toString(), "VNACCS-X", "CHANNEL_ASSIGNED", null))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(400)
                .body("violations.field", hasItem("channel"));
    }

    @Test
    void an_answer_without_message_id_is_invalid() {
        given().auth().oauth2(agencyToken("vnaccs"))
                .contentType(ContentType.JSON).body(answer("", "VNACCS-X", "RELEASED", null))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(400)
                .body("violations.field", hasItem("messageId"));
    }

    @Test
    void answers_on_a_path_come_only_from_the_client_of_that_system() {
        for (String other : new String[] {"someone", "nsw", "quarantine-system", "border-guard-system"}) {
            given().auth().oauth2(agencyToken(other))
                    .contentType(ContentType.JSON).body(answer("m", "VNACCS-X", "RELEASED", null))
                    .when().post("/api/agency-answers/customs")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://gate.laocai.vn/problems/wrong-agency-system"));
        }
    }

    @Test
    void handoffs_need_a_token() {
        given().queryParam("declarationId", "x").when().get("/api/handoffs").then().statusCode(401);
    }

    @Test
    void handoffs_are_for_customs_officers_and_supervisors() {
        given().auth().oauth2(token(Roles.AGENCY_SYSTEM, Roles.TRADER))
                .queryParam("declarationId", "x").when().get("/api/handoffs").then().statusCode(403);
        given().auth().oauth2(token(Roles.CUSTOMS_OFFICER))
                .queryParam("declarationId", UUID.randomUUID().toString()).when().get("/api/handoffs")
                .then().statusCode(200).body("$", empty());
        given().auth().oauth2(token(Roles.SUPERVISOR))
                .queryParam("declarationId", UUID.randomUUID().toString()).when().get("/api/handoffs")
                .then().statusCode(200);
    }

    @Test
    void handoffs_are_listed_per_declaration() {
        given().auth().oauth2(token(Roles.SUPERVISOR)).when().get("/api/handoffs")
                .then().statusCode(400)
                .body("violations.field", hasItem("declarationId"));
    }

    @Test
    void health_and_api_documentation_are_open_metrics_only_on_the_management_port() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/agency-answers/{system}"))
                .body(containsString("/api/handoffs/exchanges"))
                .body(containsString("/api/dead-letters/{partition}/{offset}/replay"));
        given().when().get(metricsUrl).then().statusCode(200).body(containsString("customs_handoff_pending"));
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void exchanges_are_for_customs_officers_and_supervisors() {
        given().queryParam("declarationId", "x").when().get("/api/handoffs/exchanges").then().statusCode(401);
        given().auth().oauth2(token(Roles.TRADER))
                .queryParam("declarationId", "x").when().get("/api/handoffs/exchanges").then().statusCode(403);
        given().auth().oauth2(token(Roles.CUSTOMS_OFFICER))
                .queryParam("declarationId", UUID.randomUUID().toString()).when().get("/api/handoffs/exchanges")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void dead_letters_are_for_supervisors() {
        given().when().get("/api/dead-letters").then().statusCode(401);
        given().auth().oauth2(token(Roles.CUSTOMS_OFFICER)).when().post("/api/dead-letters/replay").then().statusCode(403);
        given().auth().oauth2(token(Roles.SUPERVISOR)).when().post("/api/dead-letters/0/999999/replay")
                .then().statusCode(404);
    }

    @Test
    void answers_of_an_unknown_system_or_of_another_system_are_refused() {
        given().auth().oauth2(agencyToken("vnaccs"))
                .contentType(ContentType.JSON).body(answer("m", "VNACCS-X", "RELEASED", null))
                .when().post("/api/agency-answers/tax-office")
                .then().statusCode(404);
        given().auth().oauth2(agencyToken("quarantine-system"))
                .contentType(ContentType.JSON).body(answer("m", "KDTV-X", "RELEASED", null))
                .when().post("/api/agency-answers/quarantine")
                .then().statusCode(400).body("violations.field", hasItem("type"));
    }
}
