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
    vn.laocai.gate.notification.application.PersonalDataRetention retention;

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
        register(account, "+8497" + unique(7), account + "@example.vn");
        String code = bookingCode();
        Instant window = Instant.now().plus(Duration.ofMinutes(90));
        publish(bootstrap, booked(code, account, window));
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
        register(account, phone, account + "@example.vn");
        publish(bootstrap, booked(bookingCode(), account, Instant.now().plus(Duration.ofDays(2))));
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
        register(account, phone, account + "@example.vn");
        publish(bootstrap, booked(bookingCode(), account, Instant.now().plus(Duration.ofDays(3))));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(String.valueOf(smsDelivery(account).get("status"))));

        assertThat(deliveries.pollReceipts()).isPositive();
        assertThat(smsDelivery(account).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void notices_of_a_driver_without_preferences_wait_in_the_inbox_in_the_language_of_the_nationality() {
        String code = bookingCode();
        String account = "driver-wang-" + unique(6);
        vn.laocai.gate.events.CrossingBooked chinese = new vn.laocai.gate.events.CrossingBooked(code, "云G·12345", null, "IMPORT",
                "GENERAL", "Wang Wei", Instant.parse("2030-06-15T07:00:00Z"), Instant.parse("2030-06-15T08:00:00Z"), Instant.now(),
                "TRUCK", "OVER_10T", "CN", null, account);
        publish(bootstrap, chinese);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(token("boss", "supervisor"))
                .queryParam("recipient", account).when().get("/api/notices").then().statusCode(200)
                .extract().jsonPath().getList("language", String.class)).containsExactly("zh"));

        register(account, "+8613" + unique(9), account + "@example.cn");
        assertThat(inbox(account).getString("notices[0].text")).contains("预约" + code, "6月15日 14:00 (越南时间)");
        String id = inbox(account).getString("notices[0].id");
        given().auth().oauth2(token(account, "driver")).when().post("/api/inbox/" + id + "/read").then().statusCode(200);
        assertThat(inbox(account).getInt("unread")).isZero();
    }

    @Test
    void notices_and_closed_bookings_older_than_the_retention_lose_their_texts_addresses_and_driver() {
        String account = "driver-ret-" + unique(6);
        String phone = "+8494" + unique(7);
        register(account, phone, account + "@example.vn");
        String code = bookingCode();
        publish(bootstrap, booked(code, account, Instant.now().plus(Duration.ofDays(4))));
        publish(bootstrap, new vn.laocai.gate.events.BookingCancelled(code, "24C-123.45", "DRIVER", "Harvest delayed", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(account).contains("BOOKING_CANCELLED")
                && inbox(account).getList("notices.deliveries.flatten().findAll { it.status == 'PENDING' }").isEmpty());
        assertThat(inbox(account).getString("notices[0].text")).contains(code);

        assertThat(retention.erase(Instant.now())).isZero();
        assertThat(retention.erase(Instant.now().plus(Duration.ofDays(91)))).isGreaterThanOrEqualTo(3);
        io.restassured.path.json.JsonPath after = inbox(account);
        assertThat(after.getList("notices.text", String.class)).containsOnly("[erased]");
        assertThat(after.getList("notices.kind", String.class)).contains("BOOKING_CONFIRMED", "BOOKING_CANCELLED");
        assertThat(after.getList("notices.deliveries.flatten().address", String.class)).doesNotContain(phone).contains("[erased]");
        String audit = given().auth().oauth2(token("boss", "supervisor")).queryParam("action", "PERSONAL_DATA_ERASED")
                .when().get("/api/audit").then().statusCode(200).extract().asString();
        assertThat(audit).contains(code, "system:retention").doesNotContain(phone);
    }

    @Test
    void preferences_unused_for_the_retention_are_erased_and_those_a_notice_came_to_since_stay() {
        String idle = "driver-idle-" + unique(6);
        String active = "driver-active-" + unique(6);
        register(idle, "+8491" + unique(7), idle + "@example.vn");
        register(active, "+8492" + unique(7), active + "@example.vn");
        Instant since = Instant.now();
        publish(bootstrap, booked(bookingCode(), active, Instant.now().plus(Duration.ofDays(4))));
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(active).contains("BOOKING_CONFIRMED"));

        retention.erase(since.plus(Duration.ofDays(90)));

        given().auth().oauth2(token(idle, "driver")).when().get("/api/notification-preferences/me").then().statusCode(404);
        given().auth().oauth2(token(active, "driver")).when().get("/api/notification-preferences/me").then().statusCode(200);
        String audit = given().auth().oauth2(token("boss", "supervisor")).queryParam("action", "PERSONAL_DATA_ERASED")
                .when().get("/api/audit").then().statusCode(200).extract().asString();
        assertThat(audit).contains(idle, "system:retention").doesNotContain(active, idle + "@example.vn");
    }

    /** The SMS delivery of the account's first notice, or an empty map while that notice has not arrived. */
    static Map<String, Object> smsDelivery(String account) {
        Map<String, Object> delivery = inbox(account).getMap("notices[0].deliveries.find { it.channel == 'SMS' }");
        return delivery == null ? Map.of() : delivery;
    }
}
