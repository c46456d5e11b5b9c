package vn.laocai.gate.clearance.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.validation.Bounds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.goodsLine;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;

/** A value one past its bound is a 400 naming the field, a value at the bound is taken, and the document says the bound. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "clearance"))
class RequestBoundsTest {

    static final String PROBLEM = "application/problem+json";
    static final String TRADER = "trader-bounds";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void values_at_their_bounds_are_declared_and_a_document_number_at_its_bound_is_attached() {
        String consignee = "C".repeat(Bounds.ENTERPRISE_NAME);
        String description = "d".repeat(500);
        String line = goodsLine("0810.60.00").replace("Fresh durian, Ri6 variety", description)
                .replace("\"quantity\": 18000", "\"quantity\": " + DeclarationRequest.MAX_QUANTITY)
                .replace("\"grossWeightKg\": 19500", "\"grossWeightKg\": " + DeclarationRequest.MAX_WEIGHT_KG);
        String body = declarationJson(declarationNumber(), announceBooking(bootstrap, "EXPORT"), line)
                .replace("Hekou Fruit Trading Co., Ltd.", consignee);
        String id = submitBody(TRADER, body);
        JsonPath declaration = given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(declaration.getString("consignee")).isEqualTo(consignee);
        assertThat(declaration.getString("goodsLines[0].description")).isEqualTo(description);

        String number = "N".repeat(Bounds.TRADE_DOCUMENT_NUMBER);
        upload(id, TRADER, "INVOICE", number, PDF, "application/pdf").then().statusCode(201).body("number", equalTo(number));
        upload(id, TRADER, "INVOICE", number + "N", PDF, "application/pdf")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("number"));
    }

    @Test
    void values_past_their_bounds_are_refused_naming_each_field() {
        String tooLong = goodsLine("0810.60.00").replace("Fresh durian, Ri6 variety", "d".repeat(501));
        String tooMuch = goodsLine("0810.60.00").replace("\"quantity\": 18000", "\"quantity\": 1000000001");
        String body = declarationJson(declarationNumber(), "KT2-AAAAAA", tooMuch, tooLong)
                .replace("Hekou Fruit Trading Co., Ltd.", "C".repeat(Bounds.ENTERPRISE_NAME + 1));
        given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON).body(body)
                .when().post("/api/declarations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("violations.field", hasItems("consignee", "goodsLines[0].quantity", "goodsLines[1].description"));
    }

    @Test
    void a_hold_reason_past_its_bound_is_refused_naming_it() {
        given().auth().oauth2(token("kd-bounds", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"reason\": \"" + "r".repeat(Bounds.REASON + 1) + "\"}")
                .when().post("/api/declarations/6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f/holds")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("reason"));
    }

    @Test
    void the_document_carries_the_bounds() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getInt("components.schemas.DeclarationRequest.properties.consignee.maxLength")).isEqualTo(Bounds.ENTERPRISE_NAME);
        assertThat(doc.getInt("components.schemas.DeclarationRequest.properties.goodsLines.maxItems")).isEqualTo(50);
        assertThat(doc.getInt("components.schemas.DeclarationRequest.properties.bookingCodes.items.maxLength"))
                .isEqualTo(Bounds.BOOKING_CODE_LENGTH);
        assertThat(doc.getInt("components.schemas.GoodsLine.properties.description.maxLength")).isEqualTo(500);
        assertThat(doc.getLong("components.schemas.GoodsLine.properties.quantity.maximum")).isEqualTo(Long.parseLong(DeclarationRequest.MAX_QUANTITY));
        assertThat(doc.getInt("components.schemas.DocumentUpload.properties.number.maxLength")).isEqualTo(Bounds.TRADE_DOCUMENT_NUMBER);
        assertThat(doc.getInt("components.schemas.HoldRequest.properties.reason.maxLength")).isEqualTo(Bounds.REASON);
        assertThat(doc.getInt("paths.'/api/declarations/{id}'.get.parameters[0].schema.maxLength")).isEqualTo(Bounds.UUID_LENGTH);
    }
}
