package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor closes the export direction for a flood from the closures page, signed in at Keycloak: a period that
 * ends before it starts is refused under its field; the preview lists the two bookings it hits, the perishable one
 * first, each with the slot it would move to, and changes nothing; the confirmation moves them exactly there; the
 * closure is listed with what it did and is reopened from the page. A closure in force now shows on the yard board,
 * which offers no call-forward meanwhile. The closure of the flood lies days ahead, so that the other tests on the
 * shared platform do not meet it; the one in force now lasts only while the board is looked at. Screenshots under
 * target/screenshots/closures.
 */
class ClosuresIT {

    static final ZoneId GATE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.GREEN_WITH_CONSOLE;

    static Platform platform;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        BrowserSession.requireChromium();
        platform = SHARED.platform();
        browser = BrowserSession.open(platform.url(Apps.WEB_CONSOLE), Path.of("target", "screenshots", "closures"));
        browser.size(BrowserSession.DESK);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_supervisor_previews_a_flood_closure_confirms_exactly_that_and_reopens_it_from_the_page() {
        BrowserSession b = browser;
        LocalDate day = LocalDate.now(GATE).plusDays(5);
        Instant from = day.atTime(2, 0).atZone(GATE).toInstant();
        Instant until = from.plus(3, ChronoUnit.HOURS);
        String general = book("GENERAL", from.plus(10, ChronoUnit.MINUTES));
        String perishable = book("PERISHABLE", from.plus(70, ChronoUnit.MINUTES));

        b.go("");
        b.signIn("supervisor");
        b.click(By.id("nav-closures"));
        b.await(By.id("closure-form"));
        b.select(By.id("f-directions"), "EXPORT");
        b.select(By.id("f-reason"), "FLOOD");
        b.type(By.id("f-remarks"), "Red River over the warning level");

        // an end before the start: refused under the field, nothing previewed
        OrganisationsIT.setValue(b, "f-closedFrom", INPUT.format(from.atZone(GATE)));
        OrganisationsIT.setValue(b, "f-closedUntil", INPUT.format(from.minus(1, ChronoUnit.HOURS).atZone(GATE)));
        b.click(By.id("closure-preview"));
        b.await(By.cssSelector("#closure-form [data-field-error='closedUntil']"));
        assertThat(b.driver().findElement(By.id("closure-confirm")).isDisplayed()).as("nothing to confirm").isFalse();

        OrganisationsIT.setValue(b, "f-closedUntil", INPUT.format(until.atZone(GATE)));
        b.click(By.id("closure-preview"));
        WebElement card = b.await(By.id("closure-preview-card"));
        assertThat(card.getAttribute("data-moved")).isEqualTo("2");
        assertThat(card.getAttribute("data-cancelled")).isEqualTo("0");
        Map<String, String> previewed = rows(b, "#closure-preview-card");
        assertThat(previewed.keySet()).as("the perishable first, then by slot").containsExactly(perishable, general);
        b.screenshot("closure-previewed-en");
        // the preview changed nothing
        assertThat(slotOf(general)).isEqualTo(from.plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.HOURS));
        assertThat(slotOf(perishable)).isEqualTo(from.plus(70, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.HOURS));

        b.click(By.id("closure-confirm"));
        WebElement result = b.await(By.id("closure-result"));
        assertThat(result.getAttribute("data-moved")).isEqualTo("2");
        assertThat(rows(b, "#closure-result")).as("the confirmation did what the preview said").isEqualTo(previewed);
        String closure = b.await(By.cssSelector("#closure-out[data-closure]")).getAttribute("data-closure");
        for (String code : List.of(perishable, general)) {
            assertThat(slotOf(code)).as(code + " moved past the closure").isAfterOrEqualTo(until);
        }
        assertThat(slotOf(perishable)).as("the perishable keeps the earlier slot").isBeforeOrEqualTo(slotOf(general));
        b.awaitText(By.cssSelector("#closures tr[data-closure='" + closure + "']"), "Red River over the warning level");
        b.screenshot("closure-confirmed-en");

        b.click(By.cssSelector("button[data-action='reopen'][data-closure='" + closure + "']"));
        b.waiting(30).until(d -> d.findElements(By.cssSelector("#closures tr[data-closure='" + closure + "']")).isEmpty());
        assertThat(given().auth().oauth2(supervisor()).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/gate-closures/" + closure)
                .then().statusCode(200).extract().<String>path("reopenedBy")).isNotBlank();

        // a closure in force now: the board says it, in Vietnamese, and offers no call-forward until it is lifted
        String now = given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body("""
                        {"directions": ["IMPORT"], "closedFrom": "%s", "closedUntil": "%s", "reason": "FLOOD",
                         "remarks": "Nước sông Hồng vượt mức báo động", "bookingAction": "MOVE"}
                        """.formatted(Instant.now().minusSeconds(60), Instant.now().plus(1, ChronoUnit.HOURS)))
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/gate-closures")
                .then().statusCode(201).extract().path("id");
        try {
            b.language("vi", "Đóng cửa khẩu");
            b.go("#/yard");
            b.awaitText(By.id("closure-IMPORT"), "Lũ lụt");
            assertThat(b.driver().findElements(By.cssSelector("button[data-action='call-next'][data-direction='IMPORT']"))).isEmpty();
            assertThat(b.driver().findElements(By.id("closure-EXPORT"))).as("the other direction is open").isEmpty();
            b.screenshot("yard-closed-vi");
        } finally {
            given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body("{}")
                    .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/gate-closures/" + now + "/reopen")
                    .then().statusCode(200);
            b.language("en", "Sign out");
        }
        b.go("#/closures");
        b.go("#/yard");
        b.await(By.cssSelector("section[data-direction='IMPORT']"));
        assertThat(b.driver().findElements(By.id("closure-IMPORT"))).as("lifted: the board is open again").isEmpty();
    }

    /** The bookings a preview or a result lists: code, and the text of its row (plate, slot, outcome). */
    private static Map<String, String> rows(BrowserSession b, String card) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement tr : b.driver().findElements(By.cssSelector(card + " #closure-bookings tr[data-code]"))) {
            assertThat(tr.getAttribute("data-outcome")).isEqualTo("MOVED");
            rows.put(tr.getAttribute("data-code"), tr.getText());
        }
        return rows;
    }

    private static String supervisor() {
        return platform.token("closures-supervisor", "supervisor");
    }

    private static Instant slotOf(String code) {
        return Instant.parse(given().auth().oauth2(supervisor()).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + code)
                .then().statusCode(200).extract().<String>path("arrivalWindowStart"));
    }

    /** A driver of their own books an export at {@code arrival}; returns the booking's code. */
    private static String book(String cargo, Instant arrival) {
        String plate = "24C-%03d.%02d".formatted(ThreadLocalRandom.current().nextInt(1000), ThreadLocalRandom.current().nextInt(100));
        String driver = platform.token("closure-driver-" + ThreadLocalRandom.current().nextInt(1_000_000), "driver");
        return given().auth().oauth2(driver).contentType(ContentType.JSON).body("""
                        {"plate": "%s", "vehicleType": "%s", "weightClass": "OVER_10T",
                         "driver": {"name": "Nguyễn Văn Bình", "nationality": "VN", "documentNumber": "C%07d", "phone": "+84 912 345 678"},
                         "direction": "EXPORT", "cargoCategory": "%s", "plannedArrival": "%s"}
                        """.formatted(plate, "PERISHABLE".equals(cargo) ? "REEFER_TRUCK" : "CONTAINER_TRUCK",
                        ThreadLocalRandom.current().nextInt(10_000_000), cargo, arrival))
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings")
                .then().statusCode(201)
                .extract().path("code");
    }
}
