package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The yard with the whole platform as separate processes, through public HTTP APIs only: a driver
 * books and the yard checks the truck in by its QR; it cannot be called forward before its
 * consignment is ready for the gate; the trader declares and completes the file; once clearance
 * allows it the truck is called forward and enters the gate, is released when the consignment is
 * cleared, and leaves.
 */
class YardIT {

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.ALL_GREEN;

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = SHARED.platform();
    }

    static String queue(String path) {
        return platform.url(Apps.VEHICLE_QUEUE) + path;
    }

    static String clearance(String path) {
        return platform.url(Apps.CLEARANCE) + path;
    }

    static Response officerPost(String officer, String path, String body) {
        var request = given().auth().oauth2(officer).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).when().post(queue(path));
    }

    @Test
    void check_in_then_call_forward_only_once_clearance_allows_then_gate_in_release_and_gate_out() {
        String driver = platform.token("driver-yard-it", "driver");
        String trader = platform.token("trader-yard-it", "trader");
        String officer = platform.token("officer-yard-it", "gate-officer");

        // a driver books a crossing for a truck of porcelain tableware to Hekou, arriving now
        var booking = given().auth().oauth2(driver).contentType(ContentType.JSON).body("""
                        {"plate": "24C-468.02", "vehicleType": "TRUCK", "weightClass": "OVER_10T",
                         "driver": {"name": "Lò Văn Minh", "nationality": "VN", "documentNumber": "B7654321", "phone": "+84 912 000 111"},
                         "direction": "EXPORT", "cargoCategory": "GENERAL", "plannedArrival": "%s"}""".formatted(Instant.now()))
                .when().post(queue("/api/bookings"))
                .then().statusCode(201).body("status", equalTo("BOOKED")).body("qr.token", notNullValue())
                .extract();
        String code = booking.path("code");
        String qrToken = booking.path("qr.token");

        // the yard scans the QR: the truck waits in the export queue with a position and an ETA
        // the officer reads the driver's passport: it matches the booking
        officerPost(officer, "/api/yard/check-ins", "{\"qrToken\": \"" + qrToken + "\", \"driverDocumentNumber\": \"b765 4321\"}")
                .then().statusCode(200).body("status", equalTo("WAITING")).body("position", notNullValue()).body("eta", notNullValue())
                .body("driverDocument", equalTo("MATCH"));

        // nothing declared yet: it cannot be called forward, and a call-forward of the queue skips it
        officerPost(officer, "/api/yard/vehicles/" + code + "/call-forward", "{\"reason\": \"Reefer unit failing\"}")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gate.laocai.vn/problems/clearance-pending"));
        officerPost(officer, "/api/yard/call-forward", "{\"direction\": \"EXPORT\"}")
                .then().statusCode(200).body("code", not(hasItem(code)));

        // the trader declares the consignment and completes its file
        String declarationId = declare(driver, trader, code);
        attach(trader, declarationId, "INVOICE", "INV-2026-0042");
        attach(trader, declarationId, "PACKING_LIST", "PL-2026-0042");

        // clearance allows it (documents complete, customs channel assigned): called forward, toward an export lane
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(driver).when().get(queue("/api/bookings/" + code))
                        .then().statusCode(200).body("clearance", equalTo("READY")));
        officerPost(officer, "/api/yard/call-forward", "{\"direction\": \"EXPORT\", \"count\": 5}")
                .then().statusCode(200).body("code", hasItem(code));
        int lane = given().auth().oauth2(driver).when().get(queue("/api/bookings/" + code))
                .then().statusCode(200).body("status", equalTo("CALLED_FORWARD")).extract().path("lane");
        assertThat(lane).isBetween(1, 2);

        // gate-in; the fee is not paid yet, so the consignment cannot be cleared: no gate-out before release
        officerPost(officer, "/api/yard/vehicles/" + code + "/gate-in", "{}").then().statusCode(200).body("status", equalTo("IN_GATE"));
        officerPost(officer, "/api/yard/vehicles/" + code + "/gate-out", null)
                .then().statusCode(409).body("type", equalTo("https://gate.laocai.vn/problems/not-released"));

        // the fee is paid; once every agency is done the consignment is cleared and the truck released
        given().auth().oauth2(trader).when().post(clearance("/api/declarations/" + declarationId + "/fee/payment"))
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(driver).when().get(queue("/api/bookings/" + code))
                        .then().statusCode(200).body("status", equalTo("RELEASED")).body("releasedForDeclaration", equalTo(declarationId)));

        officerPost(officer, "/api/yard/vehicles/" + code + "/gate-out", null)
                .then().statusCode(200).body("status", equalTo("EXITED"));
        List<String> actions = given().auth().oauth2(officer).when().get(queue("/api/yard/vehicles/" + code + "/actions"))
                .then().statusCode(200).extract().path("action");
        assertThat(actions).containsExactly("CHECK_IN", "CALL_FORWARD", "GATE_IN", "GATE_OUT");
    }

    /** The driver shares the booking; the trader declares a general-goods export carried on it, once clearance knows both. */
    static String declare(String driver, String trader, String bookingCode) {
        String shareCode = Consents.share(queue(""), driver, bookingCode);
        String number = "30" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
        String declaration = Declarations.porcelainExport(number, bookingCode, shareCode);
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = given().auth().oauth2(trader).contentType(ContentType.JSON).body(declaration)
                    .when().post(clearance("/api/declarations"));
            assertThat(response.statusCode()).isIn(201, 422);
            id[0] = response.statusCode() == 201 ? response.path("id") : null;
            return id[0] != null;
        });
        return id[0];
    }

    static void attach(String trader, String declarationId, String type, String number) {
        byte[] pdf = ("%PDF-1.4\n% " + type + " " + number + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(trader)
                .multiPart("type", type).multiPart("number", number)
                .multiPart("file", number + ".pdf", pdf, "application/pdf")
                .when().post(clearance("/api/declarations/" + declarationId + "/documents"))
                .then().statusCode(201);
    }
}
