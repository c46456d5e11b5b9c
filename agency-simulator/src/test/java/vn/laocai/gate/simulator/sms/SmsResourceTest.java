package vn.laocai.gate.simulator.sms;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The simulated SMS gateway over HTTP: the API key, sending, reading back, the log and the outage switch. */
@QuarkusTest
class SmsResourceTest {

    static final String KEY = "test-sms-key";

    static String message(String to, String ref) {
        return "{\"to\":\"%s\",\"text\":\"Xe 24C-123.45 được gọi vào cổng, làn 3.\",\"clientRef\":\"%s\"}".formatted(to, ref);
    }

    @Test
    void without_the_api_key_every_call_is_a_401_problem() {
        given().contentType(ContentType.JSON).body(message("+84912345678", "r")).when().post("/sms/messages")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("X-API-Key", "wrong").when().get("/sms/messages").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"down\":true}").when().post("/sms/outage").then().statusCode(401);
    }

    @Test
    void a_message_is_taken_in_delivered_and_listed_for_its_number() {
        String to = "+8491" + (1_000_000 + (int) (Math.random() * 8_999_999));
        String ref = UUID.randomUUID().toString();
        String id = given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(message(to, ref))
                .when().post("/sms/messages")
                .then().statusCode(201).body("segments", equalTo(1)).body("encoding", equalTo("UCS2"))
                .extract().path("messageId");
        given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(message(to, ref)).when().post("/sms/messages")
                .then().statusCode(200).body("messageId", equalTo(id));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("X-API-Key", KEY).when().get("/sms/messages/" + id)
                .then().statusCode(200).body("status", equalTo("DELIVERED")).body("clientRef", equalTo(ref)));
        given().header("X-API-Key", KEY).queryParam("to", to).when().get("/sms/messages")
                .then().statusCode(200).body("messageId", hasItem(id)).body("size()", equalTo(1));
        given().header("X-API-Key", KEY).when().get("/sms/messages/SMS-NONE").then().statusCode(404);
        given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(message("0912", "x")).when().post("/sms/messages")
                .then().statusCode(400).body("detail", startsWith("to:"));
    }

    @Test
    void the_outage_switch_answers_503_until_switched_off() {
        given().header("X-API-Key", KEY).contentType(ContentType.JSON).body("{\"down\":true}").when().post("/sms/outage")
                .then().statusCode(200).body("down", equalTo(true));
        try {
            given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(message("+84912345678", UUID.randomUUID().toString()))
                    .when().post("/sms/messages").then().statusCode(503).contentType("application/problem+json");
        } finally {
            given().header("X-API-Key", KEY).contentType(ContentType.JSON).body("{\"down\":false}").when().post("/sms/outage")
                    .then().statusCode(200).body("down", equalTo(false));
        }
        given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(message("+84912345678", UUID.randomUUID().toString()))
                .when().post("/sms/messages").then().statusCode(201);
    }
}
