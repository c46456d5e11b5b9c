package vn.laocai.gate.simulator.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void health_is_up() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void the_openapi_document_describes_the_vnaccs_interface() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/vnaccs/v1/declarations/{agencyReference}/answers"))
                .body("components.securitySchemes.client-login.scheme", equalTo("basic"))
                .body("components.securitySchemes.admin-login.scheme", equalTo("basic"))
                .body("paths.'/admin/systems/{system}/faults'.put.security[0]", org.hamcrest.Matchers.hasKey("admin-login"))
                .body("paths.'/vnaccs/v1/declarations'.post.security[0]", org.hamcrest.Matchers.hasKey("client-login"));
    }
}
