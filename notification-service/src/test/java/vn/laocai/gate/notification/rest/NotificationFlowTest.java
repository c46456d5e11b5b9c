package vn.laocai.gate.notification.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingBlockLifted;
import vn.laocai.gate.events.BookingBlocked;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleHeld;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.notification.support.SmsGatewayDouble;
import vn.laocai.gate.notification.support.SmtpServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laocai.gate.notification.support.Platform.bookingCode;
import static vn.laocai.gate.notification.support.Platform.publish;
import static vn.laocai.gate.notification.support.Platform.token;

/** An event on the queue's topic becomes one notice in the inbox, one SMS at the gateway and one e-mail, once. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(SmsGatewayDouble.class)
@QuarkusTestResource(SmtpServer.class)
class NotificationFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String unique(int digits) {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, digits);
    }

    /** A Vietnamese driver wanting SMS and e-mail. */
    static void register(String account, String phone, String email) {
        given().auth().oauth2(token(account, "driver")).contentType(ContentType.JSON)
                .body("""
                        {"channels": ["SMS", "EMAIL"], "phone": "%s", "email": "%s", "language": "vi"}"""
                        .formatted(phone, email))
                .when().put("/api/notification-preferences/me")
                .then().statusCode(200);
    }

    static JsonPath inbox(String account) {
        return given().auth().oauth2(token(account, "driver")).when().get("/api/inbox").then().statusCode(200).extract().jsonPath();
    }

    /** Booked by {@code account}: the events name the owner account, not the driver's document. */
    static CrossingBooked booked(String code, String account, Instant window) {
        return new CrossingBooked(code, "24C-123.45", null, "EXPORT", "PERISHABLE", "Nguyen Van An", window,
                window.plus(Duration.ofHours(1)), Instant.now(), "REEFER_TRUCK", "OVER_10T", "VN", null, account);
    }

    @Test
    void a_block_and_its_lift_reach_the_owner_of_the_bookings_that_counted_once_each_in_their_language() {
        String account = "driver-blocked-" + unique(6);
        String phone = "+8491" + unique(7);
        given().auth().oauth2(token(account, "driver")).contentType(ContentType.JSON)
                .body("""
                        {"channels": ["SMS"], "phone": "%s", "language": "en"}""".formatted(phone))
                .when().put("/api/notification-preferences/me").then().statusCode(200);
        String first = bookingCode();
        String second = bookingCode();
        publish(bootstrap, booked(first, account, Instant.now().plus(Duration.ofDays(1))));
        publish(bootstrap, booked(second, account, Instant.now().plus(Duration.ofDays(2))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inbox(account).getList("notices.kind", String.class)).hasSize(2));

        String blockId = unique(6);
        Instant until = Instant.parse("2030-06-29T07:00:00Z");
        // a carrier's block: its notice goes to the account that booked what counted
        BookingBlocked blocked = new BookingBlocked(blockId, "carrier:0101234567", "NO_SHOW", 2, 30, List.of(first, second),
                until.minus(Duration.ofDays(14)), until);
        String eventId = publish(bootstrap, blocked);
        publish(bootstrap, eventId, blocked);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inbox(account).getList("notices.kind", String.class)).contains("BOOKING_BLOCKED"));
        JsonPath inbox = inbox(account);
        assertThat(inbox.getString("notices.find { it.kind == 'BOOKING_BLOCKED' }.text")).isEqualTo(
                "Your company's account may not book until 14:00 Vietnam time, 29 Jun: 2 no-shows in 30 days (" + first + ", " + second + ").");
        await().atMost(Duration.ofSeconds(30)).until(() -> SmsGatewayDouble.requestsTo(phone).stream()
                .anyMatch(r -> r.text().startsWith("Your company's account may not book")));

        publish(bootstrap, new BookingBlockLifted(blockId, "carrier:0101234567", "NO_SHOW", List.of(first, second), until,
                "gate-officer-1", "Truck broke down, garage invoice seen", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inbox(account).getList("notices.kind", String.class)).contains("BOOKING_BLOCK_LIFTED"));
        JsonPath after = inbox(account);
        assertThat(after.getList("notices.kind", String.class)).filteredOn("BOOKING_BLOCKED"::equals).hasSize(1);
        assertThat(after.getList("notices.kind", String.class)).filteredOn("BOOKING_BLOCK_LIFTED"::equals).hasSize(1);
        assertThat(after.getString("notices.find { it.kind == 'BOOKING_BLOCK_LIFTED' }.text"))
                .isEqualTo("A gate officer lifted the block of Your company's account: Truck broke down, garage invoice seen. You may book again.");
        given().auth().oauth2(token(account, "driver")).header("Accept-Language", "vi").when().get("/api/inbox").then().statusCode(200)
                .body("notices.find { it.kind == 'BOOKING_BLOCKED' }.text", org.hamcrest.Matchers.startsWith("Tài khoản doanh nghiệp bị khóa đặt lịch"));
        assertThat(SmsGatewayDouble.requestsTo(phone)).filteredOn(r -> r.text().startsWith("Your company's account may not book")).hasSize(1);
    }

    @Test
    void a_booking_reaches_the_driver_in_the_inbox_by_sms_and_by_email_once() {
        String account = "driver-an-" + unique(6);
        String phone = "+8491" + unique(7);
        String email = account + "@example.vn";
        register(account, phone, email);
        String code = bookingCode();
        CrossingBooked event = booked(code, account, Instant.parse("2030-06-15T07:00:00Z"));

        String eventId = publish(bootstrap, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath inbox = inbox(account);
            assertThat(inbox.getList("notices.kind", String.class)).containsExactly("BOOKING_CONFIRMED");
            assertThat(inbox.getList("notices[0].deliveries.findAll { it.channel == 'SMS' }.status", String.class)).containsExactly("SENT");
            assertThat(inbox.getList("notices[0].deliveries.findAll { it.channel == 'EMAIL' }.status", String.class)).containsExactly("SENT");
        });
        JsonPath inbox = inbox(account);
        assertThat(inbox.getInt("unread")).isEqualTo(1);
        assertThat(inbox.getString("notices[0].text")).contains(code, "14:00 giờ Việt Nam, 15/06");
        List<SmsGatewayDouble.Request> sms = SmsGatewayDouble.requestsTo(phone);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).text()).isEqualTo(inbox.getString("notices[0].text"));
        assertThat(sms.get(0).encoding()).isEqualTo("UCS2");
        assertThat(sms.get(0).apiKey()).isEqualTo(SmsGatewayDouble.API_KEY);
        assertThat(SmtpServer.receivedBy(email)).hasSize(1);
        assertThat(inbox.getList("notices[0].deliveries.findAll { it.channel == 'SMS' }.address", String.class)).containsExactly(phone);
        JsonPath supervisor = given().auth().oauth2(token("boss", "supervisor")).queryParam("recipient", account)
                .when().get("/api/notices").then().statusCode(200).extract().jsonPath();
        String masked = phone.substring(0, 3) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
        assertThat(supervisor.getList("[0].deliveries.findAll { it.channel == 'SMS' }.address", String.class)).containsExactly(masked);
        assertThat(supervisor.prettify()).doesNotContain(phone).doesNotContain(email);

        // the same event again (a redelivery), then another of the same booking (same key: read after it)
        publish(bootstrap, eventId, event);
        publish(bootstrap, new VehicleHeld(code, "24C-123.45", "EXPORT", "Seal broken", "gate-officer-1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inbox(account).getList("notices.kind", String.class)).contains("VEHICLE_HELD"));
        assertThat(inbox(account).getList("notices.kind", String.class)).containsExactlyInAnyOrder("VEHICLE_HELD", "BOOKING_CONFIRMED");
        await().atMost(Duration.ofSeconds(30)).until(() -> SmsGatewayDouble.requestsTo(phone).size() == 2);
        assertThat(SmsGatewayDouble.requestsTo(phone)).filteredOn(r -> r.text().contains(code) && r.text().startsWith("Đặt lịch")).hasSize(1);
        assertThat(SmtpServer.receivedBy(email)).hasSizeLessThanOrEqualTo(2);

        String id = inbox.getString("notices[0].id");
        given().auth().oauth2(token(account, "driver")).when().post("/api/inbox/" + id + "/read").then().statusCode(200);
        JsonPath after = inbox(account);
        assertThat(after.getInt("unread")).isEqualTo(1);
        assertThat(after.getString("notices.find { it.kind == 'BOOKING_CONFIRMED' }.readAt")).isNotNull();
        given().auth().oauth2(token("someone-else", "driver")).when().post("/api/inbox/" + id + "/read").then().statusCode(404);
    }

    @Test
    void a_gateway_failing_three_times_sends_the_call_forward_once_after_four_attempts() {
        String account = "driver-binh-" + unique(6);
        String phone = "+8498" + unique(7);
        register(account, phone, account + "@example.vn");
        String code = bookingCode();
        publish(bootstrap, booked(code, account, Instant.now().plus(Duration.ofDays(1))));
        await().atMost(Duration.ofSeconds(30)).until(() -> SmsGatewayDouble.requestsTo(phone).size() == 1);

        SmsGatewayDouble.failFirst(phone, 3);
        publish(bootstrap, new VehicleCalledForward(code, "24C-123.45", "EXPORT", 3, Instant.now()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath inbox = inbox(account);
            assertThat(inbox.getList("notices.kind", String.class)).contains("CALLED_FORWARD");
            assertThat(inbox.getList("notices.find { it.kind == 'CALLED_FORWARD' }.deliveries.findAll { it.channel == 'SMS' }.status",
                    String.class)).containsExactly("SENT");
        });
        JsonPath inbox = inbox(account);
        assertThat(inbox.getList("notices.find { it.kind == 'CALLED_FORWARD' }.deliveries.findAll { it.channel == 'SMS' }.attempts",
                Integer.class)).containsExactly(4);
        List<SmsGatewayDouble.Request> calls = SmsGatewayDouble.requestsTo(phone).stream().filter(r -> r.text().contains("làn 3")).toList();
        assertThat(calls).extracting(SmsGatewayDouble.Request::accepted).containsExactly(false, false, false, true);
        assertThat(calls).extracting(SmsGatewayDouble.Request::clientRef).containsOnly(calls.get(0).clientRef());
    }

    @Test
    void a_driver_without_preferences_gets_the_plate_as_written_and_the_call_forward_at_the_phone_given_with_the_booking() {
        String account = "driver-cuong-" + unique(6);
        String phone = "+8497" + unique(7);
        String code = bookingCode();
        Instant window = Instant.now().plus(Duration.ofDays(1));
        publish(bootstrap, new CrossingBooked(code, "24C46802", null, "EXPORT", "GENERAL", "Tran Van Cuong", window,
                window.plus(Duration.ofHours(1)), Instant.now(), "TRUCK", "OVER_10T", "VN", null, account, "24C-468.02", phone));
        publish(bootstrap, new VehicleCalledForward(code, "24C46802", "EXPORT", 2, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> SmsGatewayDouble.requestsTo(phone).size() == 1);
        JsonPath inbox = inbox(account);
        assertThat(inbox.getList("notices.kind", String.class)).containsExactlyInAnyOrder("BOOKING_CONFIRMED", "CALLED_FORWARD");
        assertThat(inbox.getList("notices.text", String.class)).allSatisfy(text -> assertThat(text).contains("24C-468.02"));
        assertThat(inbox.getList("notices.find { it.kind == 'BOOKING_CONFIRMED' }.deliveries.channel", String.class))
                .containsExactly("INBOX");
        SmsGatewayDouble.Request sms = SmsGatewayDouble.requestsTo(phone).get(0);
        assertThat(sms.text()).isEqualTo(inbox.getString("notices.find { it.kind == 'CALLED_FORWARD' }.text")).contains("24C-468.02");
    }
}
