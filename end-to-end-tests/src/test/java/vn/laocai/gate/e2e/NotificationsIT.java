package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.MailServer;
import vn.laocai.gate.stack.Platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every notice each person received, on each channel, in their language, exactly once, through the whole platform:
 * a Vietnamese driver's durian export declared by a trader who reads English, and a Chinese driver's import of
 * laptops declared by a trader who reads Chinese. The notification service is killed ({@code kill -9}) and started
 * again in the middle of the export, and the simulated SMS gateway is down for a minute (the simulator's outage
 * switch) while the import is booked and declared; the platform's retries, at most 5 s apart, keep trying through
 * it ({@link SharedPlatform#ALL_GREEN}). The inbox is read at notification-service, the SMS at the simulated
 * gateway, the e-mail at the platform's SMTP server (GreenMail).
 *
 * <p>It runs on the shared all-green platform, and leaves it as it found it: the service running again, the
 * gateway up. Its plates, accounts, phones and addresses are its own, so the walk-through's and the yard's notices
 * (same platform) are not counted here; the agencies' systems may decide a step before their officers do.
 */
class NotificationsIT {

    static final String EXPORT_PLATE = "24C-579.31";
    static final String IMPORT_PLATE = "云G·86420";
    static final Duration OUTAGE = Duration.ofMinutes(1);
    /** The phones given with the bookings: no SMS may reach them, the drivers chose numbers of their own. */
    static final String EXPORT_BOOKING_PHONE = "+84 916 000 222";
    static final String IMPORT_BOOKING_PHONE = "+86 139 0000 1111";

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.ALL_GREEN;

    static Platform platform;

    /** One person: an account with its preferences. */
    record Person(String account, String role, String language, String phone, String email) {

        String token() {
            return platform.token(account, role);
        }
    }

    static final Person AN = new Person("driver-an", "driver", "vi", "+84987654321", "an.nguyen@example.vn");
    static final Person LAN = new Person("trader-lan", "trader", "en", null, "lan.tran@nongsanlaocai.vn");
    static final Person WANG = new Person("driver-wang", "driver", "zh", "+8613812345678", null);
    static final Person MING = new Person("trader-ming", "trader", "zh", null, "ming@hekou-trade.cn");

    @BeforeAll
    static void start() {
        platform = SHARED.platform();
    }

    static void choose(Person p) {
        List<String> channels = new ArrayList<>();
        if (p.phone() != null) {
            channels.add("\"SMS\"");
        }
        if (p.email() != null) {
            channels.add("\"EMAIL\"");
        }
        given().auth().oauth2(p.token()).contentType(ContentType.JSON)
                .body("{\"channels\": " + channels + ", \"phone\": " + quoted(p.phone()) + ", \"email\": " + quoted(p.email())
                        + ", \"language\": \"" + p.language() + "\"}")
                .when().put(platform.url(Apps.NOTIFICATION) + "/api/notification-preferences/me")
                .then().statusCode(200).body("language", equalTo(p.language()));
    }

    static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static JsonPath inbox(Person p) {
        return given().auth().oauth2(p.token()).queryParam("limit", 200)
                .when().get(platform.url(Apps.NOTIFICATION) + "/api/inbox").then().statusCode(200).extract().jsonPath();
    }

    /** What the simulated gateway received for {@code phone}, oldest first. */
    static List<Map<String, Object>> sms(String phone) {
        return given().header("X-API-Key", Apps.smsApiKey(platform.config())).queryParam("to", phone)
                .when().get(platform.url(Apps.AGENCY_SIMULATOR) + "/sms/messages")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static void smsOutage(boolean down) {
        given().header("X-API-Key", Apps.smsApiKey(platform.config())).contentType(ContentType.JSON)
                .body("{\"down\": " + down + "}")
                .when().post(platform.url(Apps.AGENCY_SIMULATOR) + "/sms/outage").then().statusCode(200);
    }

    static String book(Person driver, String plate, String nationality, String phone, String direction, String cargo) {
        return given().auth().oauth2(driver.token()).contentType(ContentType.JSON).body("""
                        {"plate": "%s", "vehicleType": "TRUCK", "weightClass": "OVER_10T",
                         "driver": {"name": "%s", "nationality": "%s", "documentNumber": "E%07d", "phone": "%s"},
                         "direction": "%s", "cargoCategory": "%s", "plannedArrival": "%s"}
                        """.formatted(plate, "CN".equals(nationality) ? "Wang Wei" : "Nguyễn Văn An", nationality,
                        ThreadLocalRandom.current().nextInt(10_000_000), phone, direction, cargo, java.time.Instant.now().plusSeconds(10)))
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings")
                .then().statusCode(201).extract().path("code");
    }

    /** The Chinese trader declares the laptops the Chinese truck brings in: invoice and packing list, no quarantine. */
    static String declareImport(Person driver, Person trader, String bookingCode) {
        String shareCode = Consents.share(platform.url(Apps.VEHICLE_QUEUE), driver.token(), bookingCode);
        String body = """
                {"declarant": {"taxCode": "5300654321", "name": "Cong ty TNHH Dien tu Lao Cai"},
                 "consignee": "Cong ty TNHH Dien tu Lao Cai", "customsDeclarationNumber": "%s",
                 "direction": "IMPORT", "destinationCountry": "VN", "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "8471.30.20", "description": "Laptop computers, boxed",
                   "quantity": 400, "unit": "PCE", "netWeightKg": 1200, "grossWeightKg": 1500,
                   "value": 120000, "currency": "USD", "originCountry": "CN"}]}
                """.formatted("10" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)), bookingCode, shareCode);
        String[] id = new String[1];
        await().atMost(PlatformIT.STEP).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = given().auth().oauth2(trader.token()).contentType(ContentType.JSON).body(body)
                    .when().post(platform.url(Apps.CLEARANCE) + "/api/declarations");
            assertThat(response.statusCode()).as(response.asString()).isIn(201, 422);
            id[0] = response.statusCode() == 201 ? response.path("id") : null;
            return id[0] != null;
        });
        return id[0];
    }

    /** The rest of a crossing once declared: documents, yard, customs (green), the officers, the fee, release, gate-out. */
    static void cross(String id, String bookingCode, String plate, Person trader, Person driver, boolean fruit, Runnable midway) {
        String gate = platform.token("gate-1", "gate-officer");
        if (fruit) {
            PlatformIT.uploadFruitDocuments(platform, trader.token(), id);
        } else {
            PlatformIT.upload(platform, trader.token(), id, "INVOICE", "INV-CN-2026-7").then().statusCode(201);
            PlatformIT.upload(platform, trader.token(), id, "PACKING_LIST", "PL-CN-2026-7").then().statusCode(201);
        }
        PlatformIT.checkIn(platform, gate, plate);
        midway.run();
        PlatformIT.callForwardAndEnter(platform, gate, bookingCode);
        PlatformIT.awaitCustomsReleased(platform, trader.token(), id);
        if (fruit) {
            decideUnlessDone(id, "PLANT_QUARANTINE", "PASS", platform.token("quarantine-1", "quarantine-officer"));
        }
        decideUnlessDone(id, "BORDER_GUARD", "CLEAR", platform.token("guard-1", "border-guard"));
        PlatformIT.pay(platform, trader.token(), id).then().statusCode(200).body("status", equalTo("CLEARED"));
        PlatformIT.awaitReleased(platform, driver.token(), bookingCode, id);
        given().auth().oauth2(gate).contentType(ContentType.JSON).body("{}")
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/yard/vehicles/" + bookingCode + "/gate-out")
                .then().statusCode(200);
    }

    /** The officer decides the step, unless the agency's (simulated) system already did: a 409 naming it, then DONE. */
    static void decideUnlessDone(String id, String step, String decision, String officerToken) {
        Response response = PlatformIT.decide(platform, officerToken, id, step, decision);
        assertThat(response.statusCode()).as(step + ": " + response.asString()).isIn(200, 409);
        await().atMost(PlatformIT.STEP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                given().auth().oauth2(officerToken).when().get(platform.url(Apps.CLEARANCE) + "/api/declarations/" + id)
                        .then().statusCode(200).extract().jsonPath()
                        .getList("steps.findAll { it.step == '" + step + "' }.state", String.class)).containsExactly("DONE"));
    }

    /** The deliveries of the kind's notice to the person on the channel, as the person's inbox shows them. */
    static List<Map<String, Object>> deliveries(Person p, String kind, String channel) {
        List<Map<String, Object>> found = inbox(p).getList(
                "notices.find { it.kind == '" + kind + "' }?.deliveries?.findAll { it.channel == '" + channel + "' }");
        return found == null ? List.of() : found;
    }

    @Test
    void each_person_gets_each_notice_once_on_each_channel_in_their_language_through_a_crash_and_an_sms_outage() {
        List.of(AN, LAN, WANG, MING).forEach(NotificationsIT::choose);

        // the export: the notification service is killed at once (kill -9) after check-in and started again
        String exportBooking = book(AN, EXPORT_PLATE, "VN", EXPORT_BOOKING_PHONE, "EXPORT", "PERISHABLE");
        String exportId = PlatformIT.declare(platform, AN.token(), LAN.token(), exportBooking);
        cross(exportId, exportBooking, EXPORT_PLATE, LAN, AN, true, () -> {
            platform.kill(Apps.NOTIFICATION);
            platform.restart(Apps.NOTIFICATION);
        });

        // the import, booked and declared while the SMS gateway is down for a minute: the booking's SMS is tried
        // again and again, and reaches the gateway only once it is up
        smsOutage(true);
        long outageStart = System.nanoTime();
        String importBooking;
        String importId;
        try {
            importBooking = book(WANG, IMPORT_PLATE, "CN", IMPORT_BOOKING_PHONE, "IMPORT", "GENERAL");
            importId = declareImport(WANG, MING, importBooking);
            await().atMost(PlatformIT.STEP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(deliveries(WANG, "BOOKING_CONFIRMED", "SMS")).singleElement().satisfies(d -> {
                        assertThat(d.get("status")).isEqualTo("PENDING");
                        assertThat((Integer) d.get("attempts")).isGreaterThanOrEqualTo(2);
                    }));
            Duration left = OUTAGE.minusNanos(System.nanoTime() - outageStart);
            if (!left.isNegative()) {
                // for the rest of the minute nothing gets through and nothing is given up
                await().during(left).atMost(left.plusSeconds(30)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    assertThat(sms(WANG.phone())).isEmpty();
                    assertThat(deliveries(WANG, "BOOKING_CONFIRMED", "SMS")).extracting(d -> d.get("status")).containsExactly("PENDING");
                });
            }
        } finally {
            smsOutage(false);
        }
        cross(importId, importBooking, IMPORT_PLATE, MING, WANG, false, () -> { });

        List<String> driverKinds = List.of("BOOKING_CONFIRMED", "CALLED_FORWARD", "VEHICLE_RELEASED");
        List<String> traderKinds = List.of("CONSIGNMENT_HELD", "FEE_DUE", "READY_FOR_GATE", "CONSIGNMENT_CLEARED");
        Map<Person, List<String>> expected = Map.of(AN, driverKinds, WANG, driverKinds, LAN, traderKinds, MING, traderKinds);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Person p : expected.keySet()) {
                JsonPath inbox = inbox(p);
                assertThat(inbox.getList("notices.kind", String.class)).as(p.account()).containsAll(expected.get(p));
                assertThat(inbox.getList("notices.deliveries.flatten().findAll { it.channel != 'INBOX' }.status", String.class))
                        .as(p.account() + " deliveries").isNotEmpty().allMatch(s -> s.equals("SENT") || s.equals("DELIVERED"));
            }
        });

        MailServer mail = platform.mail();
        for (Map.Entry<Person, List<String>> e : expected.entrySet()) {
            Person p = e.getKey();
            JsonPath inbox = inbox(p);
            // the inbox: each notice once, in the person's language, the plate as written
            assertThat(inbox.getList("notices.kind", String.class)).as(p.account()).containsExactlyInAnyOrderElementsOf(e.getValue());
            assertThat(inbox.getList("notices.language", String.class)).as(p.account()).containsOnly(p.language());
            List<String> titles = inbox.getList("notices.title", String.class);
            List<String> texts = inbox.getList("notices.text", String.class);
            if (p.role().equals("driver")) {
                String written = p == AN ? EXPORT_PLATE : IMPORT_PLATE;
                assertThat(texts).as(p.account()).allSatisfy(t -> assertThat(t).contains(written));
            }
            // SMS at the gateway: each notice's text once, to the person's own number
            if (p.phone() != null) {
                assertThat(sms(p.phone())).extracting(m -> (String) m.get("text")).as(p.account() + " SMS")
                        .containsExactlyInAnyOrderElementsOf(texts);
            }
            // e-mail at the SMTP server: each notice once, its title as the subject
            if (p.email() != null) {
                assertThat(mail.receivedBy(p.email())).extracting(MailServer.Mail::subject).as(p.account() + " e-mail")
                        .containsExactlyInAnyOrderElementsOf(titles);
                assertThat(mail.receivedBy(p.email())).extracting(MailServer.Mail::text).as(p.account() + " e-mail text")
                        .containsExactlyInAnyOrderElementsOf(texts);
            }
        }
        // the languages: Vietnamese with its diacritics, English, Chinese
        assertThat(inbox(AN).getString("notices.find { it.kind == 'CALLED_FORWARD' }.text")).contains("làn");
        assertThat(inbox(WANG).getString("notices.find { it.kind == 'CALLED_FORWARD' }.text")).contains("车道");
        assertThat(inbox(LAN).getString("notices.find { it.kind == 'CONSIGNMENT_CLEARED' }.title")).contains("cleared");
        assertThat(inbox(MING).getString("notices.find { it.kind == 'CONSIGNMENT_CLEARED' }.title")).contains("通关");
        // the bookings' own phones got nothing: the drivers chose numbers of their own for their SMS
        assertThat(sms(EXPORT_BOOKING_PHONE.replace(" ", ""))).isEmpty();
        assertThat(sms(IMPORT_BOOKING_PHONE.replace(" ", ""))).isEmpty();
        assertThat(inbox(WANG).getList("notices.subject", String.class)).containsOnly(importBooking);
    }
}
