package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document of the events is served beside the OpenAPI document, without a token. */
@QuarkusTest
class AsyncApiDocumentTest {

    @Test
    void the_asyncapi_document_of_the_events_is_served_as_checked_in() throws IOException {
        String served = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();

        assertThat(served).contains("asyncapi: 3.0.0", "address: customs.handoff.events",
                "clearanceService_receives_customsHandoffEvents");
        assertThat(served).isEqualTo(Files.readString(Path.of("../event-contracts/asyncapi.yaml"), StandardCharsets.UTF_8));
    }
}
