package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.e2e.PlatformIT.PDF;
import static vn.laocai.gate.e2e.PlatformIT.awaitReleased;
import static vn.laocai.gate.e2e.PlatformIT.book;
import static vn.laocai.gate.e2e.PlatformIT.checkIn;
import static vn.laocai.gate.e2e.PlatformIT.declare;
import static vn.laocai.gate.e2e.PlatformIT.decide;
import static vn.laocai.gate.e2e.PlatformIT.pay;
import static vn.laocai.gate.e2e.PlatformIT.signIn;
import static vn.laocai.gate.e2e.PlatformIT.timeline;
import static vn.laocai.gate.e2e.PlatformIT.upload;
import static vn.laocai.gate.e2e.PlatformIT.uploadFruitDocuments;

/**
 * A fresh-fruit (durian, HS 08) export to China through the whole platform, by its public APIs only:
 * declared without its phytosanitary certificate, it is held and its truck cannot be called forward;
 * the certificate uploaded, the hold lifts; customs (simulated) puts it on the yellow channel and
 * releases it after a documentary inspection; plant quarantine and the border guard clear it; it is
 * not released until the fee is paid, and then the truck is.
 */
class FruitExportIT {

    static final String PLATE = "24C-678.90";

    @TempDir
    static Path home;

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.start(PlatformIT.config(home, "YELLOW"));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    JsonPath declaration(String trader, String id) {
        return given().auth().oauth2(trader).when().get(platform.url(Apps.CLEARANCE) + "/api/declarations/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    JsonPath booking(String driver, String code) {
        return given().auth().oauth2(driver).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + code)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_durian_export_held_for_its_phytosanitary_certificate_is_inspected_on_yellow_and_released_after_payment() {
        Platform p = platform;
        String clearance = p.url(Apps.CLEARANCE);
        String driver = signIn(p, "driver");
        String trader = signIn(p, "trader");
        String gate = signIn(p, "gate");

        String bookingCode = book(p, driver, PLATE);
        String id = declare(p, driver, trader, bookingCode);

        // held: the phytosanitary certificate is missing
        uploadFruitDocuments(p, trader, id, "PHYTOSANITARY_CERTIFICATE");
        JsonPath held = declaration(trader, id);
        assertThat(held.getList("missingDocuments", String.class)).containsExactly("PHYTOSANITARY_CERTIFICATE");
        assertThat(held.getList("holds.findAll { it.open }.step", String.class)).containsExactly("DOCUMENTS");
        assertThat(held.getBoolean("readyForGate")).isFalse();
        assertThat(held.getLong("fee.amountVnd")).isEqualTo(500_000L);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(declaration(trader, id).getString("customsChannel")).isEqualTo("YELLOW"));
        given().auth().oauth2(trader).when().get(clearance + "/api/declarations/" + id + "/tracking")
                .then().statusCode(200)
                .body("blockingStep", equalTo("DOCUMENTS"))
                .body("readyForGate", equalTo(false));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(booking(driver, bookingCode).getString("clearance")).isEqualTo("HELD"));
        checkIn(p, gate, PLATE);
        given().auth().oauth2(gate).contentType(ContentType.JSON).body("{\"reason\": \"Durian ripening in the heat\"}")
                .when().post(p.url(Apps.VEHICLE_QUEUE) + "/api/yard/vehicles/" + bookingCode + "/call-forward")
                .then().statusCode(409).body("type", equalTo("https://gate.laocai.vn/problems/clearance-pending"));

        // a certificate that is not what it says is refused precisely; the real one completes the declaration
        upload(p, trader, id, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118822").then().statusCode(201)
                .body("sha256", matchesPattern("[0-9a-f]{64}"));
        given().auth().oauth2(trader).multiPart("type", "PHYTOSANITARY_CERTIFICATE").multiPart("number", "VN-PHYTO-2026-9")
                .multiPart("file", "scan.png", PDF, "image/png")
                .when().post(clearance + "/api/declarations/" + id + "/documents")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("file"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(booking(driver, bookingCode).getString("clearance")).isEqualTo("READY"));
        PlatformIT.callForwardAndEnter(p, gate, bookingCode);

        // customs: yellow channel, documentary inspection, release
        PlatformIT.awaitCustomsReleased(p, trader, id);
        assertThat(timeline(p, trader, id)).containsSubsequence("CUSTOMS_CHANNEL_ASSIGNED", "CUSTOMS_INSPECTION_ORDERED",
                "CUSTOMS_INSPECTION_PASSED", "CUSTOMS_RELEASED");

        // plant quarantine and the border guard decide; deciding twice is an illegal transition
        String quarantine = signIn(p, "quarantine");
        decide(p, quarantine, id, "PLANT_QUARANTINE", "PASS").then().statusCode(200);
        decide(p, quarantine, id, "PLANT_QUARANTINE", "PASS").then().statusCode(409)
                .contentType("application/problem+json")
                // said in Vietnamese, the platform's language when the request asks for none
                .body("detail", startsWith("Kiểm dịch thực vật: không được đạt khi đang ở trạng thái hoàn tất"));
        decide(p, signIn(p, "guard"), id, "BORDER_GUARD", "CLEAR").then().statusCode(200);

        // everything done but the fee: not released
        given().auth().oauth2(trader).when().get(clearance + "/api/declarations/" + id + "/tracking")
                .then().statusCode(200)
                .body("status", equalTo("IN_CLEARANCE"))
                .body("blockingStep", equalTo("FEE_PAYMENT"));
        assertThat(booking(driver, bookingCode).getString("status")).isEqualTo("IN_GATE");

        pay(p, trader, id).then().statusCode(200)
                .body("status", equalTo("CLEARED"))
                .body("fee.paymentReference", startsWith("PAY-"))
                .body("fee.invoiceNumber", containsString("TLC-"))
                .body("fee.outstandingVnd", equalTo(0));
        awaitReleased(p, driver, bookingCode, id);

        List<String> steps = timeline(p, trader, id);
        assertThat(steps).containsSubsequence("DECLARATION_SUBMITTED", "HOLD_PLACED", "DOCUMENT_ATTACHED", "HOLD_LIFTED",
                "READY_FOR_GATE", "VEHICLE_CALLED_FORWARD", "VEHICLE_ENTERED_GATE", "PLANT_QUARANTINE_PASSED",
                "BORDER_CHECK_CLEARED", "FEE_PAID", "CLEARED");
        assertThat(steps).containsOnlyOnce("HOLD_LIFTED", "CUSTOMS_RELEASED", "FEE_PAID", "CLEARED");
        given().auth().oauth2(signIn(p, "supervisor")).when().get(clearance + "/api/clearance/statistics")
                .then().statusCode(200);
    }
}
