package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
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
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A driver who reads only Chinese, on a phone whose browser says zh-CN and whose clock is China's (UTC+8): the pages
 * open in Chinese by themselves; a bad plate is refused in Chinese under the plate, and a full slot under the arrival; the empty truck with its Yunnan
 * plate is booked, its QR shown, checked in by the yard (through the API), and the driver's page shows the queue
 * position and the call forward to a lane, in Chinese, with no English word on the way. Screenshots under
 * target/screenshots/zh-driver.
 */
class ChineseDriverIT {

    static final String PLATE = "云G·12345";
    /** A word of English on the page: three or more lower-case Latin letters (codes and plates are upper case). */
    static final String ENGLISH_WORD = "(?s).*\\b[a-z]{3,}\\b.*";

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.GREEN_WITH_CONSOLE;

    static Platform platform;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        BrowserSession.requireChromium();
        platform = SHARED.platform();
        browser = BrowserSession.open(platform.url(Apps.WEB_CONSOLE), Path.of("target", "screenshots", "zh-driver"),
                "zh-CN", "Asia/Shanghai");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_driver_who_reads_only_chinese_books_checks_in_and_is_called_forward_in_chinese() {
        BrowserSession b = browser;
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        b.size(BrowserSession.PHONE);
        b.go("");
        b.awaitText(By.id("signin"), "登录");
        assertThat(js.executeScript("return document.documentElement.lang")).as("the page in the browser's language").isEqualTo("zh");
        b.signIn("driver");
        b.awaitText(By.tagName("h1"), "预约通关");
        b.screenshot("driver-book-zh");

        // a plate no country issues: refused in Chinese, under the plate
        b.type(By.name("plate"), "ABC-1");
        b.select(By.name("vehicleType"), "TRUCK");
        b.select(By.name("direction"), "IMPORT");
        b.select(By.name("cargoCategory"), "EMPTY");
        b.type(By.name("name"), "李明");
        b.type(By.name("nationality"), "CN");
        b.type(By.name("documentNumber"), "E12345678");
        b.type(By.name("phone"), "+86 138 0000 1234");
        b.click(By.id("book"));
        WebElement plateError = b.await(By.cssSelector("[data-field-error='plate']"));
        assertThat(plateError.getText()).as("the plate's refusal").matches("(?s).*\\p{IsHan}.*").doesNotMatch(ENGLISH_WORD);
        assertThat(b.await(By.cssSelector("[role=alert]")).getText()).as("the refusal under the button, naming the field as the page does")
                .startsWith("车牌号").doesNotMatch(ENGLISH_WORD);
        b.screenshot("driver-plate-refused-zh");

        // an hour the gate officer closed to bookings (capacity 0): the slot is full, said in Chinese under the arrival
        String gate = PlatformIT.signIn(platform, "gate");
        ZonedDateTime full = ZonedDateTime.now(BrowserIT.GATE).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        String slots = platform.url(Apps.VEHICLE_QUEUE) + "/api/slots/" + full.toLocalDate() + "/IMPORT";
        List<Integer> planned = given().auth().oauth2(gate).when().get(slots).then().statusCode(200)
                .extract().jsonPath().getList("capacity", Integer.class);
        List<Integer> closed = new ArrayList<>(planned);
        closed.set(full.getHour(), 0);
        given().auth().oauth2(gate).contentType(ContentType.JSON).body(Map.of("hourlyCapacity", closed))
                .when().put(slots).then().statusCode(200);
        try {
            b.type(By.name("plate"), PLATE);
            js.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                    b.await(By.name("plannedArrival")), full.plusMinutes(30).toLocalDateTime().toString());
            b.click(By.id("book"));
            WebElement slotError = b.await(By.cssSelector("[data-field-error='plannedArrival']"));
            assertThat(slotError.getText()).as("the full slot's refusal").contains("已满").doesNotMatch(ENGLISH_WORD);
            assertThat(b.await(By.cssSelector("[data-problem='slot-full']")).getText()).doesNotMatch(ENGLISH_WORD);
            b.screenshot("driver-slot-full-zh");
        } finally {
            given().auth().oauth2(gate).contentType(ContentType.JSON).body(Map.of("hourlyCapacity", planned))
                    .when().put(slots).then().statusCode(200);
        }
        js.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                b.await(By.name("plannedArrival")), ZonedDateTime.now(BrowserIT.GATE).plusMinutes(10).toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES).toString());

        // the Yunnan plate: booked, with its QR
        b.type(By.name("plate"), PLATE);
        b.click(By.id("book"));
        b.waiting(60).until(d -> b.hash().startsWith("#/driver/KT2-"));
        String code = b.hash().substring("#/driver/".length());
        b.awaitText(By.id("booking"), "已预约");
        WebElement qr = b.await(By.id("qr"));
        b.waiting(30).until(d -> ((Number) js.executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
        assertThat(b.awaitText(By.id("updated"), "最后更新")).as("times in gate time, labelled").contains("越南时间");
        b.screenshot("driver-booking-qr-zh");
        assertThat(b.await(By.tagName("main")).getText()).as("the booking page").doesNotMatch(ENGLISH_WORD);

        // the yard checks the truck in: the page shows its place in the queue, live
        given().auth().oauth2(gate).contentType(ContentType.JSON).body("{\"plate\": \"" + PLATE + "\"}")
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/yard/check-ins")
                .then().statusCode(200);
        b.awaitText(By.id("position"), "排队位置");
        b.awaitText(By.id("booking"), "在停车场等候");
        b.waiting(30).until(d -> d.findElement(By.id("driver-announce")).getAttribute("textContent").contains("排队位置"));
        b.screenshot("driver-waiting-zh");
        assertThat(b.await(By.tagName("main")).getText()).as("the waiting page").doesNotMatch(ENGLISH_WORD);

        // an empty truck needs no declaration: called forward, to a lane
        String yard = platform.url(Apps.VEHICLE_QUEUE) + "/api/yard/vehicles/" + code + "/call-forward";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(gate).contentType(ContentType.JSON).body("{\"reason\": \"空车，车道空闲\"}")
                        .when().post(yard).statusCode() == 200);
        b.awaitText(By.id("called"), "号车道");
        b.waiting(30).until(d -> d.findElement(By.id("driver-announce")).getAttribute("textContent").contains("号车道"));
        b.screenshot("driver-called-forward-zh");
        assertThat(b.await(By.tagName("main")).getText()).as("the call forward").doesNotMatch(ENGLISH_WORD);
        b.accessible("driver-called-forward-zh", By.id("called"));
        b.accessibilityViolations().forEach(v -> System.out.println("axe " + v));
        assertThat(b.accessibilityViolations()).isEmpty();
    }
}
