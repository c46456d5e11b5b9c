package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisations' own pages in the browser, signed in at Keycloak as the demo organisations' people: the
 * dispatcher of Van tai Kim Thanh keeps the fleet (a bad plate refused under the plate), books a fleet vehicle for a
 * fleet driver picked from the lists, moves the booking to another slot and cancels it, and the booking's history
 * says the dispatcher acted for the carrier; the manager of Nong san Lao Cai authorises the customs broker, sees the
 * broker's declaration among the company's, withdraws the authorisation, and the broker's next declaration is
 * refused naming {@code onBehalfOf}. The navigation shows each page only to the members it is for. Screenshots under
 * target/screenshots/organisations.
 */
class OrganisationsIT {

    static final String CARRIER = "5300100237";
    static final String COMPANY = "5301000115";
    static final String BROKER = "0101000408";
    static final ZoneId GATE = ZoneId.of("Asia/Ho_Chi_Minh");

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.GREEN_WITH_CONSOLE;

    static Platform platform;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        BrowserSession.requireChromium();
        platform = SHARED.platform();
        browser = BrowserSession.open(platform.url(Apps.WEB_CONSOLE), Path.of("target", "screenshots", "organisations"));
        browser.size(BrowserSession.DESK);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_dispatcher_books_a_fleet_vehicle_for_a_fleet_driver_moves_the_booking_and_cancels_it() {
        BrowserSession b = browser;
        b.go("");
        b.signIn("dispatcher-kt");
        assertThat(b.driver().findElements(By.id("nav-company"))).as("no company page for a carrier's dispatcher").isEmpty();
        b.click(By.id("nav-carrier"));
        b.await(By.id("vehicle-form"));

        // a plate no country issues: refused under the plate
        b.type(By.id("f-fleetPlate"), "ABC-1");
        b.click(By.id("add-vehicle"));
        b.await(By.cssSelector("#vehicle-form [data-field-error='plate']"));

        String plate = "24C-%03d.%02d".formatted(ThreadLocalRandom.current().nextInt(1000), ThreadLocalRandom.current().nextInt(100));
        b.type(By.id("f-fleetPlate"), plate);
        b.select(By.id("f-fleetVehicleType"), "REEFER_TRUCK");
        b.click(By.id("add-vehicle"));
        b.await(By.cssSelector("#fleet-vehicles tr[data-plate='" + plate + "']"));
        if (b.driver().findElements(By.cssSelector("#fleet-drivers tr[data-account='driver-kt']")).isEmpty()) {
            b.type(By.id("f-driverAccountNew"), "driver-kt");
            b.type(By.id("f-driverName"), "Nguyễn Văn Kiên");
            b.type(By.id("f-driverDocument"), "C%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000)));
            b.type(By.id("f-driverPhone"), "+84 912 000 111");
            b.click(By.id("add-driver"));
            b.await(By.cssSelector("#fleet-drivers tr[data-account='driver-kt']"));
        }

        // booked from the lists: the fleet's plate and driver
        b.select(By.id("f-bookPlate"), plate);
        b.select(By.id("f-bookDriver"), "driver-kt");
        b.click(By.id("carrier-book-submit"));
        b.await(By.cssSelector("#carrier-book-out.ok-msg"));
        WebElement row = b.await(By.xpath("//div[@id='carrier-bookings']//tr[@data-status='BOOKED'][td[2][normalize-space()='" + plate + "']]"));
        String code = row.getAttribute("data-code");
        b.screenshot("carrier-booked");

        // moved to the slot six hours on
        Instant later = Instant.now().plus(6, ChronoUnit.HOURS);
        b.select(By.id("f-amendCode"), code);
        setValue(b, "f-amendArrival", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(later.atZone(GATE)));
        b.type(By.id("f-amendReason"), "Loading at the orchard runs late");
        b.click(By.id("carrier-amend"));
        b.await(By.cssSelector("#carrier-bookings-out.ok-msg"));
        String start = b.await(By.cssSelector("#carrier-bookings tr[data-code='" + code + "'] td[data-window-start]")).getAttribute("data-window-start");
        assertThat(Instant.parse(start)).as("the booking's new slot").isEqualTo(later.truncatedTo(ChronoUnit.HOURS));
        String driverToken = PlatformIT.signIn(platform, "driver-kt");
        given().auth().oauth2(driverToken).get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/{code}/amendments", code)
                .then().statusCode(200)
                .body("amendedBy", org.hamcrest.Matchers.equalTo(List.of("dispatcher-kt")))
                .body("amendedFor", org.hamcrest.Matchers.equalTo(List.of(CARRIER)));

        b.click(By.cssSelector("button[data-action='cancel-booking'][data-code='" + code + "']"));
        b.confirm();
        b.await(By.cssSelector("#carrier-bookings tr[data-code='" + code + "'][data-status='CANCELLED']"));
        b.screenshot("carrier-cancelled");
        given().auth().oauth2(driverToken).get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/{code}", code)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
    }

    @Test
    void a_manager_withdraws_the_brokers_authorisation_and_the_brokers_next_declaration_is_refused() {
        String agent = PlatformIT.signIn(platform, "agent-dl");
        String driver = PlatformIT.signIn(platform, "driver-kt");
        String queue = platform.url(Apps.VEHICLE_QUEUE);
        String booking = PlatformIT.book(platform, driver, GateScriptIT.plate());
        String declaration = onBehalf(booking, Consents.share(queue, driver, booking));

        BrowserSession b = browser;
        b.go("");
        b.signIn("manager-nslc");
        assertThat(b.driver().findElements(By.id("nav-carrier"))).as("no carrier page for a trading company's manager").isEmpty();
        b.click(By.id("nav-company"));
        b.await(By.id("grant-form"));
        if (b.driver().findElements(By.cssSelector("#company-brokers tr[data-broker='" + BROKER + "'][data-standing='true']")).isEmpty()) {
            b.type(By.id("f-broker"), BROKER);
            b.click(By.id("grant-broker"));
        }
        b.await(By.cssSelector("#company-brokers tr[data-broker='" + BROKER + "'][data-standing='true']"));

        // authorised: the broker's agent declares for the company, and the manager sees it among the company's
        String id = PlatformIT.submit(platform, agent, declaration);
        b.click(By.id("nav-trader"));
        b.click(By.id("nav-company"));
        b.await(By.cssSelector("#company-declarations tr[data-declaration='" + id + "']"));

        b.click(By.cssSelector("button[data-action='withdraw-broker'][data-broker='" + BROKER + "']"));
        b.confirm();
        b.await(By.cssSelector("#company-brokers tr[data-broker='" + BROKER + "'][data-standing='false']"));
        b.await(By.cssSelector("#company-brokers-out.ok-msg"));
        b.screenshot("company-broker-withdrawn");

        Response refused = given().auth().oauth2(agent).contentType(ContentType.JSON).body(declaration)
                .post(platform.url(Apps.CLEARANCE) + "/api/declarations");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
        assertThat(refused.<String>path("type")).endsWith("/broker-not-authorised");
        assertThat(refused.<List<String>>path("violations.field")).contains("onBehalfOf");
    }

    /** A durian export of the company on {@code booking}, declared by the broker on the company's behalf. */
    static String onBehalf(String booking, String shareCode) {
        String number = "30" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
        return """
                {"declarant": {"taxCode": "%s", "name": "Cong ty TNHH Nong san Lao Cai"},
                 "consignee": "Hekou Fruit Trading Co., Ltd.", "customsDeclarationNumber": "%s",
                 "direction": "EXPORT", "destinationCountry": "CN", "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "0810.60.00", "description": "Fresh durian, Ri6 variety, boxed",
                   "quantity": 18000, "unit": "KGM", "netWeightKg": 18000, "grossWeightKg": 19500,
                   "value": 54000, "currency": "USD", "originCountry": "VN"}],
                 "onBehalfOf": "%s"}
                """.formatted(COMPANY, number, booking, shareCode, COMPANY);
    }

    /** A datetime-local input's value set as a person picks it (the input event the page listens to included). */
    static void setValue(BrowserSession b, String id, String value) {
        ((JavascriptExecutor) b.driver()).executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
    }
}
