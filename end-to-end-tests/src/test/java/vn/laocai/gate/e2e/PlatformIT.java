package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;
import vn.laocai.gate.stack.PlatformConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The whole platform as separate processes (three services and the agency simulator) on one
 * embedded PostgreSQL and one Kafka broker, driven through public HTTP APIs only: a driver books,
 * a trader declares, customs (simulated) answers, the consignment is cleared and the vehicle released.
 */
class PlatformIT {

    @TempDir
    static Path home;

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.start(config());
    }

    static PlatformConfig config() {
        Path repo = Path.of(System.getProperty("gate.root", "..")).toAbsolutePath().normalize();
        return PlatformConfig.builder(home, repo)
                .freePorts()
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_DELAY", "500ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_GREEN", "1s")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_YELLOW", "2s")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_RED", "3s")
                .readyTimeout(Duration.ofSeconds(240))
                .build();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    /** Signs in at the local token endpoint as a person would. */
    static String signIn(String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", username)
                .when().post(platform.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Books a crossing for a durian export as {@code driverToken}; returns the booking code. */
    static String book(String driverToken, String plate) {
        return given().auth().oauth2(driverToken).contentType(ContentType.JSON).body("""
                        {"plate": "%s", "trailerPlate": "24R-012.34",
                         "driver": {"name": "Nguyễn Văn An", "nationality": "VN", "documentNumber": "C1234567", "phone": "+84 912 345 678"},
                         "direction": "EXPORT", "cargoCategory": "PERISHABLE", "plannedArrival": "%s"}
                        """.formatted(plate, Instant.now().plus(2, ChronoUnit.HOURS)))
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings")
                .then().statusCode(201).body("status", equalTo("BOOKED"))
                .extract().path("code");
    }

    /**
     * Declares the durian consignment carried on {@code bookingCode}; returns the declaration id.
     * Clearance learns of the booking from the queue's event, so the declaration may have to wait a moment.
     */
    static String declare(String traderToken, String bookingCode) {
        String number = "30" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
        String declaration = """
                {"declarant": {"taxCode": "5300123456", "name": "Cong ty TNHH Nong san Lao Cai"},
                 "consignee": "Hekou Fruit Trading Co., Ltd.", "customsDeclarationNumber": "%s",
                 "direction": "EXPORT", "destinationCountry": "CN", "bookingCodes": ["%s"],
                 "goodsLines": [{"hsCode": "0810.60.00", "description": "Fresh durian, Ri6 variety, boxed",
                   "quantity": 18000, "unit": "KGM", "netWeightKg": 18000, "grossWeightKg": 19500,
                   "value": 54000, "currency": "USD", "originCountry": "VN"}]}
                """.formatted(number, bookingCode);
        String[] declarationId = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = given().auth().oauth2(traderToken).contentType(ContentType.JSON).body(declaration)
                    .when().post(platform.url(Apps.CLEARANCE) + "/api/declarations");
            assertThat(response.statusCode()).isIn(201, 422);
            declarationId[0] = response.statusCode() == 201 ? response.path("id") : null;
            return declarationId[0] != null;
        });
        return declarationId[0];
    }

    /** Waits until the consignment is cleared, its vehicle released, and checks every step happened once. */
    static void awaitClearedAndReleased(String id, String bookingCode, String traderToken, String driverToken) {
        String queue = platform.url(Apps.VEHICLE_QUEUE);
        String clearance = platform.url(Apps.CLEARANCE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(traderToken).when().get(clearance + "/api/declarations/" + id)
                        .then().statusCode(200).body("status", equalTo("CLEARED")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(driverToken).when().get(queue + "/api/bookings/" + bookingCode)
                        .then().statusCode(200)
                        .body("status", equalTo("RELEASED"))
                        .body("releasedForDeclaration", equalTo(id)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> steps = given().auth().oauth2(traderToken).when().get(clearance + "/api/declarations/" + id + "/timeline")
                    .then().statusCode(200).extract().path("step");
            assertThat(steps).containsExactly("DECLARATION_SUBMITTED", "CUSTOMS_CHANNEL_ASSIGNED", "CUSTOMS_RELEASED",
                    "CLEARED", "VEHICLE_RELEASED");
        });
        given().auth().oauth2(signIn("customs")).queryParam("declarationId", id)
                .when().get(platform.url(Apps.CUSTOMS_ADAPTER) + "/api/handoffs")
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void a_crossing_is_booked_declared_cleared_and_released_then_survives_a_restart() {
        String driver = signIn("driver");
        String trader = signIn("trader");

        String bookingCode = book(driver, "24C-123.45");
        String id = declare(trader, bookingCode);
        awaitClearedAndReleased(id, bookingCode, trader, driver);

        // the driver of another account cannot see it; a request without a token is refused
        given().auth().oauth2(platform.token("someone-else", "driver"))
                .when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + bookingCode)
                .then().statusCode(404);
        given().when().get(platform.url(Apps.CLEARANCE) + "/api/declarations/" + id).then().statusCode(401);

        platform.close();
        platform = Platform.start(config());

        given().auth().oauth2(signIn("driver")).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + bookingCode)
                .then().statusCode(200).body("status", equalTo("RELEASED"));
        given().auth().oauth2(signIn("trader")).when().get(platform.url(Apps.CLEARANCE) + "/api/declarations")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void a_service_killed_mid_flow_catches_up_without_losing_or_doubling_anything() {
        String driver = signIn("driver");
        String trader = signIn("trader");
        String bookingCode = book(driver, "24C-246.80");
        String id = declare(trader, bookingCode);

        // clearance dies at once, with its outbox perhaps not yet relayed; customs answers meanwhile
        platform.kill(Apps.CLEARANCE);
        String other = book(driver, "24C-135.79");
        assertThat(other).isNotEqualTo(bookingCode);
        platform.restart(Apps.CLEARANCE);

        awaitClearedAndReleased(id, bookingCode, trader, driver);
    }
}
