package vn.laocai.gate.customs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.validation.Bounds;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.laocai.gate.customs.ApiSecurityTest.agencyToken;
import static vn.laocai.gate.customs.ApiSecurityTest.answer;
import static vn.laocai.gate.customs.ApiSecurityTest.token;

/** A value one past its bound is a 400 naming the field, a value at the bound is taken, and the document says the bound. */
@QuarkusTest
class RequestBoundsTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void fields_of_an_agency_answer_past_their_bounds_are_refused_naming_each() {
        String body = answer(UUID.randomUUID().toString(), "V".repeat(Bounds.EXTERNAL_ID + 1), "REJECTED", null)
                .replace("\"type\"", "\"reason\":\"" + "r".repeat(Bounds.REASON + 1) + "\",\"remarks\":\""
                        + "m".repeat(Bounds.REMARKS + 1) + "\",\"type\"");
        given().auth().oauth2(agencyToken("vnaccs")).contentType(ContentType.JSON).body(body)
                .when().post("/api/agency-answers/customs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("violations.field", hasItems("agencyReference", "reason", "remarks"));
    }

    @Test
    void an_agency_reference_at_its_bound_is_looked_up() {
        String reference = "V".repeat(Bounds.EXTERNAL_ID);
        given().auth().oauth2(agencyToken("vnaccs")).contentType(ContentType.JSON)
                .body(answer(UUID.randomUUID().toString(), reference, "RELEASED", null))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(404).contentType(PROBLEM).body("violations.field", hasItem("agencyReference"));
    }

    @Test
    void a_declaration_id_at_its_bound_is_taken_and_one_longer_is_refused() {
        String officer = token(Roles.CUSTOMS_OFFICER);
        given().auth().oauth2(officer).queryParam("declarationId", UUID.randomUUID().toString())
                .when().get("/api/handoffs")
                .then().statusCode(200);
        given().auth().oauth2(officer).queryParam("declarationId", UUID.randomUUID() + "0")
                .when().get("/api/handoffs")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("declarationId"));
    }

    @Test
    void the_document_carries_the_bounds() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String answer = "components.schemas.AgencyAnswerMessage.properties.";
        assertThat(doc.getInt(answer + "agencyReference.maxLength")).isEqualTo(Bounds.EXTERNAL_ID);
        assertThat(doc.getInt(answer + "reason.maxLength")).isEqualTo(Bounds.REASON);
        assertThat(doc.getInt(answer + "remarks.maxLength")).isEqualTo(Bounds.REMARKS);
        assertThat(doc.getInt(answer + "version.maximum")).isPositive();
        assertThat(doc.getInt("paths.'/api/handoffs'.get.parameters[0].schema.maxLength")).isEqualTo(Bounds.UUID_LENGTH);
    }
}
