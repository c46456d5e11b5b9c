package vn.laocai.gate.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.validation.Bounds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.laocai.gate.notification.support.Platform.token;

/** A value one past its bound is a 400 naming the field, a value at the bound is taken, and the document says the bound. */
@QuarkusTest
class RequestBoundsTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void over_long_preferences_are_refused_naming_each_field() {
        given().auth().oauth2(token("driver-bounds", "driver")).contentType(ContentType.JSON)
                .body("{\"language\": \"vi\", \"email\": \"" + "e".repeat(Bounds.EMAIL) + "@x.vn\", \"phone\": \""
                        + "9".repeat(Bounds.PHONE + 1) + "\"}")
                .when().put("/api/notification-preferences/me")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("violations.field", hasItems("email", "phone"));
    }

    @Test
    void an_over_long_receipt_reason_is_refused_naming_it() {
        given().auth().oauth2(token("sms-gateway", "agency-system")).contentType(ContentType.JSON)
                .body("{\"messageId\": \"SMS-1\", \"status\": \"FAILED\", \"reason\": \"" + "r".repeat(Bounds.REASON + 1) + "\"}")
                .when().post("/api/sms/receipts")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("reason"));
    }

    @Test
    void the_document_carries_the_bounds() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String preferences = "components.schemas.NotificationPreferencesRequest.properties.";
        assertThat(doc.getInt(preferences + "email.maxLength")).isEqualTo(Bounds.EMAIL);
        assertThat(doc.getInt(preferences + "channels.maxItems")).isEqualTo(3);
        assertThat(doc.getInt(preferences + "phone.maxLength")).isEqualTo(Bounds.PHONE);
        assertThat(doc.getInt("paths.'/api/notices/figures'.get.parameters.find { it.name == 'hours' }.schema.maximum"))
                .isEqualTo(NoticesResource.MAX_HOURS);
        assertThat(doc.getInt("components.schemas.SmsReceipt.properties.reason.maxLength")).isEqualTo(Bounds.REASON);
        assertThat(doc.getInt("paths.'/api/notices'.get.parameters.find { it.name == 'limit' }.schema.maximum")).isEqualTo(200);
    }
}
