package vn.laocai.gate.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.GateClosed;
import vn.laocai.gate.notification.application.Deliveries;
import vn.laocai.gate.notification.application.Reminders;
import vn.laocai.gate.notification.support.SmsGatewayDouble;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.booked;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.inbox;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.register;
import static vn.laocai.gate.notification.rest.NotificationFlowTest.unique;
import static vn.laocai.gate.notification.support.Platform.bookingCode;
import static vn.laocai.gate.notification.support.Platform.publish;
import static vn.laocai.gate.notification.support.Platform.token;

/** The slot reminder once per window, a closure reaching the drivers it hits, and the gateway's receipt. */
@QuarkusTest
class RemindersAndReceiptsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Reminders reminders;

    @Inject
    Deliveries deliveries;

    static List<String> kinds(String account) {
        return inbox(account).getList("notices.kind", String.class);
    }

    @Test
    void a_booked_driver_is_reminded_once_before_the_window_and_told_of_a_closure_over_it() {
        String account = "driver-cuong-" + unique(6);
        String document = "D" + unique(7);
        register(account, "+8497" + unique(7), account + "@example.vn", document);
        String code = bookingCode();
        Instant window = Instant.now().plus(Duration.ofMinutes(90));
        publish(bootstrap, booked(code, document, window));
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(account).contains("BOOKING_CONFIRMED"));

        reminders.remindDue();
        reminders.remindDue();
        assertThat(kinds(account)).filteredOn("SLOT_REMINDER"::equals).hasSize(1);

        publish(bootstrap, new GateClosed("closure-" + unique(6), List.of("EXPORT"), window.minus(Duration.ofHours(1)),
                window.plus(Duration.ofHours(6)), "FLOOD", "Red River above alarm level 3", "MOVE", 1, 0, "gate-board", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(account).contains("GATE_CLOSED"));
        assertThat(inbox(account).getString("notices.find { it.kind == 'GATE_CLOSED' }.text")).contains("lũ lụt", "xuất");
    }

    @Test
    void the_gateway_receipt_marks_the_sms_delivered() {
        String account = "driver-dung-" + unique(6);
        String phone = "+8496" + unique(7);
        String document = "E" + unique(7);
        register(account, phone, account + "@example.vn", document);
        publish(bootstrap, booked(bookingCode(), document, Instant.now().plus(Duration.ofDays(2))));
        await().atMost(Duration.ofSeconds(30)).until(() -> SmsGatewayDouble.requestsTo(phone).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(String.valueOf(smsDelivery(account).get("status"))));
        String messageId = String.valueOf(smsDelivery(account).get("providerReference"));

        given().auth().oauth2(token("sms-gateway", "agency-system")).contentType(ContentType.JSON)
                .body("{\"messageId\": \"%s\", \"status\": \"DELIVERED\", \"at\": \"%s\"}".formatted(messageId, Instant.now()))
                .when().post("/api/sms/receipts").then().statusCode(204);
        assertThat(String.valueOf(smsDelivery(account).get("status"))).isEqualTo("DELIVERED");
        given().auth().oauth2(token("sms-gateway", "agency-system")).contentType(ContentType.JSON)
                .body("{\"messageId\": \"SMS-NONE\", \"status\": \"DELIVERED\"}").when().post("/api/sms/receipts").then().statusCode(404);
        given().auth().oauth2(token(account, "driver")).contentType(ContentType.JSON)
                .body("{\"messageId\": \"%s\", \"status\": \"FAILED\"}".formatted(messageId)).when().post("/api/sms/receipts")
                .then().statusCode(403);
    }

    @Test
    void a_receipt_not_pushed_is_asked_for() {
        String account = "driver-em-" + unique(6);
        String phone = "+8495" + unique(7);
        String document = "F" + unique(7);
        register(account, phone, account + "@example.vn", document);
        publish(bootstrap, booked(bookingCode(), document, Instant.now().plus(Duration.ofDays(3))));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(String.valueOf(smsDelivery(account).get("status"))));

        assertThat(deliveries.pollReceipts()).isPositive();
        assertThat(smsDelivery(account).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void notices_of_an_unclaimed_driver_wait_in_the_party_inbox_in_the_language_of_the_nationality() {
        String document = "G" + unique(7);
        String code = bookingCode();
        vn.laocai.gate.events.CrossingBooked chinese = new vn.laocai.gate.events.CrossingBooked(code, "云G·12345", null, "IMPORT",
                "GENERAL", "Wang Wei", Instant.parse("2030-06-15T07:00:00Z"), Instant.parse("2030-06-15T08:00:00Z"), Instant.now(),
                "TRUCK", "OVER_10T", "CN", document);
        publish(bootstrap, chinese);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(token("boss", "supervisor"))
                .queryParam("recipient", "driver:" + document).when().get("/api/notices").then().statusCode(200)
                .extract().jsonPath().getList("language", String.class)).containsExactly("zh"));

        String account = "driver-wang-" + unique(6);
        register(account, "+8613" + unique(9), account + "@example.cn", document);
        assertThat(inbox(account).getString("notices[0].text")).contains("预约" + code, "6月15日 14:00 (越南时间)");
        String id = inbox(account).getString("notices[0].id");
        given().auth().oauth2(token(account, "driver")).when().post("/api/inbox/" + id + "/read").then().statusCode(200);
        assertThat(inbox(account).getInt("unread")).isZero();
    }

    /** The SMS delivery of the account's first notice, or an empty map while that notice has not arrived. */
    static Map<String, Object> smsDelivery(String account) {
        Map<String, Object> delivery = inbox(account).getMap("notices[0].deliveries.find { it.channel == 'SMS' }");
        return delivery == null ? Map.of() : delivery;
    }
}
