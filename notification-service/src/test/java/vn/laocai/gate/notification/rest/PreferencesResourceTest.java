package vn.laocai.gate.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.laocai.gate.notification.support.Platform.token;

/** Preferences are one's own, checked field by field; supervisors alone list every notice; the API is documented. */
@QuarkusTest
class PreferencesResourceTest {

    static void refused(String body, String field) {
        given().auth().oauth2(token("driver-wang", "driver")).contentType(ContentType.JSON).body(body)
                .when().put("/api/notification-preferences/me")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    @Test
    void a_driver_sets_and_reads_their_own_preferences() {
        given().auth().oauth2(token("driver-wang", "driver")).contentType(ContentType.JSON)
                .body("{\"channels\": [\"sms\"], \"phone\": \"+86 138 1234 5678\", \"language\": \"zh\"}")
                .when().put("/api/notification-preferences/me")
                .then().statusCode(200).body("account", equalTo("driver-wang")).body("phone", equalTo("+8613812345678"))
                .body("channels", equalTo(List.of("INBOX", "SMS")))
                .body("requiredNotices", hasItems("CALLED_FORWARD", "BOOKING_CANCELLED", "CONSIGNMENT_REJECTED"));
        given().auth().oauth2(token("driver-wang", "driver")).when().get("/api/notification-preferences/me")
                .then().statusCode(200).body("language", equalTo("zh"));
        given().auth().oauth2(token("nobody-yet", "trader")).when().get("/api/notification-preferences/me").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"language\": \"vi\"}").when().put("/api/notification-preferences/me")
                .then().statusCode(401);
    }

    @Test
    void a_person_erases_their_own_preferences_and_the_audit_trail_says_so_without_the_values() {
        String account = "driver-erase-" + System.nanoTime();
        given().auth().oauth2(token(account, "driver")).contentType(ContentType.JSON)
                .body("{\"channels\": [\"SMS\"], \"phone\": \"+84912345670\", \"language\": \"vi\", \"driverDocument\": \"C7654321\"}")
                .when().put("/api/notification-preferences/me").then().statusCode(200);
        given().when().delete("/api/notification-preferences/me").then().statusCode(401);

        given().auth().oauth2(token(account, "driver")).when().delete("/api/notification-preferences/me").then().statusCode(204);

        given().auth().oauth2(token(account, "driver")).when().get("/api/notification-preferences/me").then().statusCode(404);
        given().auth().oauth2(token(account, "driver")).when().delete("/api/notification-preferences/me")
                .then().statusCode(404).contentType("application/problem+json");
        String audit = given().auth().oauth2(token("boss", "supervisor")).queryParam("action", "PERSONAL_DATA_ERASED")
                .when().get("/api/audit").then().statusCode(200).extract().asString();
        assertThat(audit).contains(account, "preferences").doesNotContain("+84912345670", "C7654321");
    }

    @Test
    void bad_preferences_are_refused_naming_the_field() {
        refused("{\"channels\": [\"SMS\"], \"language\": \"vi\"}", "phone");
        refused("{\"phone\": \"0912345678\", \"language\": \"vi\"}", "phone");
        refused("{\"channels\": [\"PIGEON\"], \"language\": \"vi\"}", "channels[0]");
        refused("{\"language\": \"fr\"}", "language");
        // the refusal in the reader's language, its type and field as they are
        given().auth().oauth2(token("driver-wang", "driver")).contentType(ContentType.JSON).header("Accept-Language", "zh-CN")
                .body("{\"language\": \"fr\"}").when().put("/api/notification-preferences/me")
                .then().statusCode(400).header("Content-Language", "zh").body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("title", equalTo("请求无效")).body("violations[0].field", equalTo("language"))
                .body("violations[0].message", equalTo("'fr' 不是语言；可选语言为 vi、en、zh"));
        refused("{\"channels\": [\"EMAIL\"], \"language\": \"vi\"}", "email");
    }

    @Test
    void only_supervisors_list_every_notice() {
        given().auth().oauth2(token("driver-wang", "driver")).when().get("/api/notices").then().statusCode(403);
        given().auth().oauth2(token("boss", "supervisor")).queryParam("status", "LOST").when().get("/api/notices")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(token("driver-wang", "driver")).when().post("/api/inbox/not-a-uuid/read")
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
    }

    @Test
    void the_shared_audit_trail_is_served_from_this_service_database() {
        given().auth().oauth2(token("boss", "supervisor")).when().get("/api/audit").then().statusCode(200);
        given().auth().oauth2(token("boss", "supervisor")).when().get("/api/audit/verification").then().statusCode(200);
        given().auth().oauth2(token("driver-wang", "driver")).when().get("/api/audit").then().statusCode(403);
    }

    @Test
    void every_endpoint_is_documented_with_security_and_examples() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        assertThat(paths).containsKeys("/api/notification-preferences/me", "/api/inbox", "/api/inbox/{id}/read", "/api/notices",
                "/api/sms/receipts");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> op = (Map<String, Object>) operation;
            assertThat(op).as(method + " " + path).containsKeys("summary", "description", "security", "responses");
        }));
        assertThat(api.getMap("paths.'/api/notification-preferences/me'.put.requestBody.content.'application/json'.examples"))
                .containsKeys("driver", "trader");
    }
}
