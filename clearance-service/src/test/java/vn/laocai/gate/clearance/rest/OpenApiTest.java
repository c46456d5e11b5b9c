package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint is in the OpenAPI document, with its problems and a security requirement. */
@QuarkusTest
class OpenApiTest {

    @Test
    void every_clearance_endpoint_is_documented_with_security_and_problems() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        assertThat(paths).containsKeys("/api/declarations", "/api/declarations/{id}", "/api/declarations/{id}/tracking",
                "/api/declarations/{id}/stream", "/api/declarations/{id}/documents",
                "/api/declarations/{id}/documents/{documentId}/content", "/api/declarations/{id}/steps/{step}/decisions",
                "/api/declarations/{id}/holds", "/api/declarations/{id}/holds/{number}/lift",
                "/api/declarations/{id}/fee/payment", "/api/clearance/statistics", "/api/partner/v1/consignments",
                "/api/partner/v1/reads", "/api/open-data/v1/clearances", "/api/open-data/v1/clearances.csv",
                "/api/open-data/v1/clearances/dictionary");
        assertThat(api.getList("paths.'/api/partner/v1/consignments'.get.tags")).containsExactly("Partner API v1");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (List.of("get", "post", "put").contains(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> op = (Map<String, Object>) operation;
                if (path.startsWith("/api/open-data/")) {
                    assertThat(op).as("open data needs no login: " + method + " " + path).containsKeys("summary", "responses")
                            .doesNotContainKey("security");
                } else {
                    assertThat(op).as(method + " " + path).containsKeys("summary", "security", "responses");
                }
            }
        }));
        assertThat(api.getString("paths.'/api/declarations/{id}/steps/{step}/decisions'.post.responses.'409'.description"))
                .contains("Illegal transition");
        assertThat(api.getString("components.schemas.DeclarationRequest.properties.shareCodes.description")).contains("Crockford");
        assertThat(api.getString("paths.'/api/declarations'.post.responses.'422'.content.'application/problem+json'"
                + ".examples.'booking-consent-required'.value.violations[0].field")).isEqualTo("bookingCodes[0]");
        assertThat(api.getMap("components.schemas.Declaration.properties")).containsKey("links");
    }
}
