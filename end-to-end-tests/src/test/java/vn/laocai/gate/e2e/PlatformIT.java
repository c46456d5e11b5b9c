package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;
import vn.laocai.gate.stack.PlatformConfig;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * a trader declares and attaches the documents, the yard checks the vehicle in and calls it forward,
 * customs (simulated) answers, the quarantine and border-guard officers decide, the trader pays the
 * fee, the consignment is cleared and the vehicle released.
 *
 * <p>The static helpers drive one step each on a given platform; {@link FruitExportIT} uses them too.
 */
class PlatformIT {

    /** Every document a fresh-fruit export to China needs, with the number printed on it. */
    static final List<String[]> FRUIT_DOCUMENTS = List.of(
            new String[] {"INVOICE", "INV-2026-0042"},
            new String[] {"PACKING_LIST", "PL-2026-0042"},
            new String[] {"CERTIFICATE_OF_ORIGIN", "E2026-VN-0045123"},
            new String[] {"PLANTING_AREA_CODE", "VN-LCA-0101"},
            new String[] {"PACKING_HOUSE_CODE", "VN-LCPH-0012"},
            new String[] {"PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118822"});
    /** The first bytes of a PDF: enough for the content check of an upload. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * How long the helpers wait for one step of a crossing that another service must learn of from an event
     * (a consent reaching clearance, a release reaching the queue): seconds on a quiet machine, but the build
     * machines are shared and have been seen at a load of 55-80 on two cores.
     */
    static final Duration STEP = Duration.ofMinutes(2);

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.GREEN_WITH_CONSOLE;

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = SHARED.platform();
    }

    /**
     * A platform whose simulated customs puts every declaration on {@code channel}, with quick answers
     * and no failed inspection or certificate; the simulated quarantine and border-guard systems answer
     * only after an hour, so their officers decide.
     */
    static PlatformConfig config(Path home, String channel) {
        return builder(home, channel).apps(SERVICES).build();
    }

    /**
     * The apps a crossing passes through. The web console and the notification service start only
     * on the platforms of the tests that use them: each app costs seconds of start-up on every platform.
     */
    static final List<String> SERVICES = List.of(Apps.AGENCY_SIMULATOR, Apps.VEHICLE_QUEUE, Apps.CLEARANCE, Apps.CUSTOMS_ADAPTER);

    /** {@link #config(Path, String)} before its apps are chosen. */
    static PlatformConfig.Builder builder(Path home, String channel) {
        Path repo = Path.of(System.getProperty("gate.root", "..")).toAbsolutePath().normalize();
        return PlatformConfig.builder(home, repo)
                .freePorts()
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_GREEN", "GREEN".equals(channel) ? "1" : "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_YELLOW", "YELLOW".equals(channel) ? "1" : "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_MIX_RED", "RED".equals(channel) ? "1" : "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_CHANNEL_DELAY", "500ms")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_GREEN", "1s")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_YELLOW", "2s")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_RELEASE_DELAY_RED", "3s")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_CUSTOMS_INSPECTION_FAIL_SHARE", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_NSW_INVALID_SHARE", "0")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_QUARANTINE_DECISION_DELAY", "PT1H")
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_BORDER_GUARD_CHECK_DELAY", "PT1H")
                .readyTimeout(Duration.ofSeconds(240));
    }

    /** Signs in at the local token endpoint as a person would. */
    static String signIn(Platform p, String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", username)
                .when().post(p.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Books a crossing of a reefer truck over 10 t for a durian export, arriving now, with a driver of its own; returns the booking code. */
    static String book(Platform p, String driverToken, String plate) {
        return book(p.url(Apps.VEHICLE_QUEUE), driverToken, plate);
    }

    /** The same booking at the vehicle-queue-service at {@code queueUrl}. */
    static String book(String queueUrl, String driverToken, String plate) {
        return given().auth().oauth2(driverToken).contentType(ContentType.JSON).body("""
                        {"plate": "%s", "trailerPlate": "24R-012.34", "vehicleType": "REEFER_TRUCK", "weightClass": "OVER_10T",
                         "driver": {"name": "Nguyễn Văn An", "nationality": "VN", "documentNumber": "C%07d", "phone": "+84 912 345 678"},
                         "direction": "EXPORT", "cargoCategory": "PERISHABLE", "plannedArrival": "%s"}
                        """.formatted(plate, ThreadLocalRandom.current().nextInt(10_000_000), Instant.now().plusSeconds(10)))
                .when().post(queueUrl + "/api/bookings")
                .then().statusCode(201).body("status", equalTo("BOOKED"))
                .extract().path("code");
    }

    /**
     * The driver shares {@code bookingCode} with the trader, who declares the durian consignment carried
     * on it; returns the declaration id. Clearance learns of the booking and the driver's consent from
     * the queue's events, so the declaration may have to wait a moment.
     */
    static String declare(Platform p, String driverToken, String traderToken, String bookingCode) {
        String shareCode = Consents.share(p.url(Apps.VEHICLE_QUEUE), driverToken, bookingCode);
        String number = "30" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
        String declaration = """
                {"declarant": {"taxCode": "5300123456", "name": "Cong ty TNHH Nong san Lao Cai"},
                 "consignee": "Hekou Fruit Trading Co., Ltd.", "customsDeclarationNumber": "%s",
                 "direction": "EXPORT", "destinationCountry": "CN", "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "0810.60.00", "description": "Fresh durian, Ri6 variety, boxed",
                   "quantity": 18000, "unit": "KGM", "netWeightKg": 18000, "grossWeightKg": 19500,
                   "value": 54000, "currency": "USD", "originCountry": "VN"}]}
                """.formatted(number, bookingCode, shareCode);
        return submit(p, traderToken, declaration);
    }

    /**
     * The trader submits {@code declaration}, again while clearance does not know its bookings yet (422: the
     * queue's events are on their way); returns the declaration id.
     */
    static String submit(Platform p, String traderToken, String declaration) {
        String[] declarationId = new String[1];
        await().atMost(STEP).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = given().auth().oauth2(traderToken).contentType(ContentType.JSON).body(declaration)
                    .when().post(p.url(Apps.CLEARANCE) + "/api/declarations");
            assertThat(response.statusCode()).as(response.asString()).isIn(201, 422);
            declarationId[0] = response.statusCode() == 201 ? response.path("id") : null;
            return declarationId[0] != null;
        });
        return declarationId[0];
    }

    /** Attaches a document as the trader: a PDF, or only the number for a planting-area or packing-house code. */
    static Response upload(Platform p, String traderToken, String id, String type, String number) {
        var request = given().auth().oauth2(traderToken).multiPart("type", type).multiPart("number", number);
        if (!type.endsWith("_CODE")) {
            request = request.multiPart("file", number + ".pdf", PDF, "application/pdf");
        }
        return request.when().post(p.url(Apps.CLEARANCE) + "/api/declarations/" + id + "/documents");
    }

    /** Attaches every document a fresh-fruit export to China needs, but those of the types in {@code except}. */
    static void uploadFruitDocuments(Platform p, String traderToken, String id, String... except) {
        for (String[] document : FRUIT_DOCUMENTS) {
            if (!List.of(except).contains(document[0])) {
                upload(p, traderToken, id, document[0], document[1]).then().statusCode(201);
            }
        }
    }

    /** An officer's decision on a step. */
    static Response decide(Platform p, String officerToken, String id, String step, String decision) {
        return given().auth().oauth2(officerToken).contentType(ContentType.JSON)
                .body("{\"decision\": \"" + decision + "\", \"reason\": \"Checked at Kim Thanh No. 2\"}")
                .when().post(p.url(Apps.CLEARANCE) + "/api/declarations/" + id + "/steps/" + step + "/decisions");
    }

    /**
     * The yard checks the vehicle in by its plate, at once, even while the queue applies clearance
     * events to the same booking.
     */
    static void checkIn(Platform p, String gateToken, String plate) {
        given().auth().oauth2(gateToken).contentType(ContentType.JSON).body("{\"plate\": \"" + plate + "\"}")
                .when().post(p.url(Apps.VEHICLE_QUEUE) + "/api/yard/check-ins")
                .then().statusCode(200).body("status", equalTo("WAITING"));
    }

    /** Once its clearance allows it, the yard calls the vehicle forward and lets it into the gate. */
    static void callForwardAndEnter(Platform p, String gateToken, String bookingCode) {
        String yard = p.url(Apps.VEHICLE_QUEUE) + "/api/yard/vehicles/" + bookingCode;
        await().atMost(STEP).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(gateToken).contentType(ContentType.JSON).body("{\"reason\": \"Cleared, lane free\"}")
                        .when().post(yard + "/call-forward").statusCode() == 200);
        given().auth().oauth2(gateToken).contentType(ContentType.JSON).body("{}").when().post(yard + "/gate-in")
                .then().statusCode(200);
    }

    /** Waits until the consignment's customs step is done. */
    static void awaitCustomsReleased(Platform p, String traderToken, String id) {
        await().atMost(STEP).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(given().auth().oauth2(traderToken).when().get(p.url(Apps.CLEARANCE) + "/api/declarations/" + id)
                        .then().statusCode(200).extract().jsonPath()
                        .getList("steps.findAll { it.step == 'CUSTOMS' }.state", String.class)).containsExactly("DONE"));
    }

    /** The trader pays the fee; the answer is the declaration. */
    static Response pay(Platform p, String traderToken, String id) {
        return given().auth().oauth2(traderToken).when().post(p.url(Apps.CLEARANCE) + "/api/declarations/" + id + "/fee/payment");
    }

    /** Waits until the vehicle is released for the declaration. */
    static void awaitReleased(Platform p, String driverToken, String bookingCode, String id) {
        await().atMost(STEP).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(driverToken).when().get(p.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + bookingCode)
                        .then().statusCode(200)
                        .body("status", equalTo("RELEASED"))
                        .body("releasedForDeclaration", equalTo(id)));
    }

    static List<String> timeline(Platform p, String traderToken, String id) {
        return given().auth().oauth2(traderToken).when().get(p.url(Apps.CLEARANCE) + "/api/declarations/" + id + "/timeline")
                .then().statusCode(200).extract().path("step");
    }

    /**
     * From a declared consignment on a green channel to the vehicle released: documents, yard,
     * customs, officers, payment; and every step happened once.
     */
    static void clearAndRelease(String id, String bookingCode, String plate, String traderToken, String driverToken) {
        Platform p = platform;
        String gate = signIn(p, "gate");
        uploadFruitDocuments(p, traderToken, id);
        checkIn(p, gate, plate);
        callForwardAndEnter(p, gate, bookingCode);
        awaitCustomsReleased(p, traderToken, id);
        decide(p, signIn(p, "quarantine"), id, "PLANT_QUARANTINE", "PASS").then().statusCode(200);
        decide(p, signIn(p, "guard"), id, "BORDER_GUARD", "CLEAR").then().statusCode(200).body("status", equalTo("IN_CLEARANCE"));
        pay(p, traderToken, id).then().statusCode(200).body("status", equalTo("CLEARED"));
        awaitReleased(p, driverToken, bookingCode, id);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(timeline(p, traderToken, id))
                        .containsSubsequence("DECLARATION_SUBMITTED", "CUSTOMS_CHANNEL_ASSIGNED", "CUSTOMS_RELEASED", "FEE_PAID",
                                "CLEARED", "VEHICLE_RELEASED")
                        .contains("READY_FOR_GATE", "VEHICLE_CHECKED_IN", "VEHICLE_CALLED_FORWARD", "VEHICLE_ENTERED_GATE",
                                "PLANT_QUARANTINE_PASSED", "BORDER_CHECK_CLEARED")
                        .containsOnlyOnce("CUSTOMS_CHANNEL_ASSIGNED", "CUSTOMS_RELEASED", "FEE_PAID", "CLEARED", "VEHICLE_RELEASED"));
        given().auth().oauth2(signIn(p, "customs")).queryParam("declarationId", id)
                .when().get(p.url(Apps.CUSTOMS_ADAPTER) + "/api/handoffs")
                .then().statusCode(200).body("findAll { it.agencySystem == 'VNACCS' }", hasSize(1));
    }

    /**
     * Stops the database and starts it again on its data, then restarts every service of the crossing
     * (SIGTERM, then a new process): nothing of theirs is left in any memory.
     */
    static void restartEverything() {
        platform.database().orElseThrow().stop();
        platform.database().orElseThrow().start(Duration.ofSeconds(90));
        restartAll(platform, SERVICES);
    }

    /** Starts the apps again all at once (each stopped first if it runs) and returns when every one is ready. */
    static void restartAll(Platform p, List<String> apps) {
        ExecutorService restarts = Executors.newFixedThreadPool(apps.size());
        try {
            CompletableFuture.allOf(apps.stream().map(app -> CompletableFuture.runAsync(() -> p.restart(app), restarts))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            restarts.shutdown();
        }
    }

    @Test
    void a_crossing_is_booked_declared_cleared_and_released_then_survives_a_restart() {
        String driver = signIn(platform, "driver");
        String trader = signIn(platform, "trader");

        String bookingCode = book(platform, driver, "24C-123.45");
        String id = declare(platform, driver, trader, bookingCode);
        clearAndRelease(id, bookingCode, "24C-123.45", trader, driver);

        // the driver of another account cannot see it; a request without a token is refused
        given().auth().oauth2(platform.token("someone-else", "driver"))
                .when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + bookingCode)
                .then().statusCode(404);
        given().when().get(platform.url(Apps.CLEARANCE) + "/api/declarations/" + id).then().statusCode(401);

        restartEverything();

        given().auth().oauth2(signIn(platform, "driver")).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + bookingCode)
                .then().statusCode(200).body("status", equalTo("RELEASED"));
        given().auth().oauth2(signIn(platform, "trader")).when().get(platform.url(Apps.CLEARANCE) + "/api/declarations")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void a_service_killed_mid_flow_catches_up_without_losing_or_doubling_anything() {
        String driver = signIn(platform, "driver");
        String trader = signIn(platform, "trader");
        String bookingCode = book(platform, driver, "24C-246.80");
        String id = declare(platform, driver, trader, bookingCode);

        // clearance dies at once, with its outbox perhaps not yet relayed; customs answers meanwhile
        platform.kill(Apps.CLEARANCE);
        String other = book(platform, driver, "24C-135.79");
        assertThat(other).isNotEqualTo(bookingCode);
        platform.restart(Apps.CLEARANCE);

        clearAndRelease(id, bookingCode, "24C-246.80", trader, driver);
    }
}
