package vn.laocai.gate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.laocai.gate.support.i18n.EnglishRuns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A driver who reads only Chinese, on a phone whose browser says zh-CN and whose clock is China's (UTC+8, set in the
 * browser through CDP and checked in it): the pages open in Chinese by themselves; the driver asks for notices by SMS
 * to a phone of their own, in Chinese, on the notices preferences page; a bad plate is refused in Chinese under the
 * plate, and a full slot under the arrival; the truck with its Yunnan plate, bringing mobile phones in for a trader,
 * is booked, its QR shown, checked in by the yard (through the API), called forward to a lane and released once its
 * consignment is cleared, each step on the driver's page in Chinese; the simulated SMS gateway received the booking,
 * the call forward with its lane and the release in Chinese; the notices inbox shows them. No page the driver sees
 * holds an English sentence, and every time on them is Vietnam time, labelled. Screenshots under
 * target/screenshots/zh-driver.
 */
class ChineseDriverIT {

    static final String PLATE = "云G·12345";
    /** The driver's own phone for notices, not the booking's. */
    static final String SMS_PHONE = "+8613800005678";
    /** A word of English on the page: three or more lower-case Latin letters (codes and plates are upper case). */
    static final String ENGLISH_WORD = "(?s).*\\b[a-z]{3,}\\b.*";
    /** A time of day as the pages write it. */
    static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");
    /** The lane a call forward names. */
    static final Pattern LANE = Pattern.compile("(\\d+)\\s*号车道");

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.GREEN_WITH_CONSOLE;

    static Platform platform;
    static BrowserSession browser;
    static EnglishRuns english;

    @BeforeAll
    static void start() {
        BrowserSession.requireChromium();
        english = EnglishRuns.including(englishTexts());
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

    /**
     * Every English text the driver could be shown by mistake: the console's English texts and the English
     * catalogues of the services that write to the driver.
     */
    static List<String> englishTexts() {
        Path root = SharedPlatform.repository();
        List<String> texts = new ArrayList<>();
        try {
            JsonNode console = new ObjectMapper().readTree(
                    root.resolve("web-console/src/main/resources/META-INF/resources/i18n/en.json").toFile());
            collect(console, texts);
            for (String catalogue : List.of("service-support/src/main/resources/i18n/support_en.properties",
                    "vehicle-queue-service/src/main/resources/i18n/messages_en.properties",
                    "clearance-service/src/main/resources/i18n/messages_en.properties",
                    "notification-service/src/main/resources/i18n/messages_en.properties")) {
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(root.resolve(catalogue), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.values().forEach(v -> texts.add(String.valueOf(v)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }

    /**
     * The whole page as the driver sees it (header, navigation, main part, footer) holds no English sentence, and
     * each line with a time of day names Vietnam time. Text the page marks as another language ({@code lang}: a
     * notice sent in Vietnamese before the driver chose Chinese, the names of the other languages) is not the
     * page's own words and is left out.
     */
    static void readsAsChinese(BrowserSession b, String page) {
        String text = b.bodyText();
        for (WebElement other : b.driver().findElements(By.cssSelector("body [lang]:not([lang|='zh'])"))) {
            String quoted = other.getText();
            if (!quoted.isBlank()) {
                text = text.replace(quoted, "");
            }
        }
        assertThat(english.firstRun(text)).as(page + ": an English sentence on the page:\n" + text).isNull();
        for (String line : text.split("\n")) {
            if (TIME.matcher(line).find()) {
                assertThat(line).as(page + ": a time with its zone").contains("越南时间");
            }
        }
    }

    /** Whether the first time of day in {@code text} is the gate's time now (within two minutes), not the phone's. */
    static boolean isGateTimeNow(String text) {
        Matcher time = TIME.matcher(text);
        if (!time.find()) {
            return false;
        }
        int shown = Integer.parseInt(time.group(1)) * 60 + Integer.parseInt(time.group(2));
        ZonedDateTime now = ZonedDateTime.now(BrowserIT.GATE);
        int diff = Math.abs(shown - (now.getHour() * 60 + now.getMinute()));
        return Math.min(diff, 24 * 60 - diff) <= 2;
    }

    /** Opens a page of the console as its links do, without loading the console again. */
    static void open(JavascriptExecutor js, String hash) {
        js.executeScript("location.hash = arguments[0]", hash);
    }

    @Test
    void a_driver_who_reads_only_chinese_books_is_called_forward_and_released_in_chinese_and_gets_each_sms_in_chinese() {
        BrowserSession b = browser;
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        b.size(BrowserSession.PHONE);
        b.go("");
        b.awaitText(By.id("signin"), "登录");
        assertThat(js.executeScript("return document.documentElement.lang")).as("the page in the browser's language").isEqualTo("zh");
        b.signIn("driver");
        b.awaitText(By.tagName("h1"), "预约通关");
        assertThat(js.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone")).as("the phone's zone")
                .isEqualTo("Asia/Shanghai");
        assertThat(((Number) js.executeScript("return new Date().getTimezoneOffset()")).intValue()).as("UTC+8").isEqualTo(-480);
        readsAsChinese(b, "the booking form");

        // notices by SMS, in Chinese, to the driver's own phone
        open(js, "#/notices/preferences");
        b.awaitText(By.tagName("h1"), "通知设置");
        b.await(By.id("preferences"));
        if (!b.await(By.id("f-SMS")).isSelected()) {
            b.click(By.id("f-SMS"));
        }
        b.type(By.name("phone"), SMS_PHONE);
        b.select(By.name("language"), "zh");
        b.click(By.id("save-preferences"));
        b.awaitText(By.id("preferences-out"), "已保存");
        b.screenshot("driver-notice-preferences-zh");
        readsAsChinese(b, "the notices preferences");
        open(js, "#/driver");
        b.awaitText(By.tagName("h1"), "预约通关");
        b.screenshot("driver-book-zh");

        // a plate no country issues: refused in Chinese, under the plate
        b.type(By.name("plate"), "ABC-1");
        b.select(By.name("vehicleType"), "TRUCK");
        b.select(By.name("direction"), "IMPORT");
        b.select(By.name("cargoCategory"), "GENERAL");
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
        readsAsChinese(b, "the plate's refusal");

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
            readsAsChinese(b, "the full slot's refusal");

            // the refusal offers the nearest free slots before and after the full one; picking one fills the arrival
            String fullStart = full.toInstant().toString();
            WebElement after = b.await(By.cssSelector("#slots-after button.slot"));
            assertThat(b.driver().findElements(By.cssSelector("#slot-alternatives button.slot")))
                    .as("no alternative is the full slot itself")
                    .noneMatch(e -> java.time.Instant.parse(e.getAttribute("data-slot")).equals(full.toInstant()));
            assertThat(java.time.Instant.parse(after.getAttribute("data-slot"))).as("the first later free slot, after " + fullStart)
                    .isAfter(full.toInstant());
            assertThat(after.getText()).as("its hour and places left, in Chinese").contains("剩余").doesNotMatch(ENGLISH_WORD);
            String picked = java.time.Instant.parse(after.getAttribute("data-slot")).atZone(BrowserIT.GATE).toLocalDateTime()
                    .truncatedTo(ChronoUnit.MINUTES).toString();
            after.click();
            b.waiting(10).until(d -> picked.equals(js.executeScript("return arguments[0].value", d.findElement(By.name("plannedArrival")))));

            // the day's free slots on the form, read again when the direction changes: the closed hour is not among them
            b.select(By.name("direction"), "EXPORT");
            b.select(By.name("direction"), "IMPORT");
            b.waiting(20).until(d -> "IMPORT".equals(d.findElement(By.id("free-slots")).getAttribute("data-direction"))
                    && !d.findElements(By.cssSelector("#free-slots button.slot, #no-free-slots")).isEmpty());
            if (full.toLocalDate().equals(ZonedDateTime.now(BrowserIT.GATE).toLocalDate())) {
                assertThat(b.driver().findElements(By.cssSelector("#free-slots button.slot")))
                        .as("the free slots of today, without the closed hour").isNotEmpty()
                        .noneMatch(e -> java.time.Instant.parse(e.getAttribute("data-slot")).equals(full.toInstant()));
            }
            b.screenshot("driver-free-slots-zh");
            readsAsChinese(b, "the free slots");
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
        String updated = b.awaitText(By.id("updated"), "最后更新");
        assertThat(updated).as("times in gate time, labelled").contains("越南时间");
        assertThat(isGateTimeNow(updated)).as("the time shown is Vietnam's, not the phone's: " + updated).isTrue();
        b.screenshot("driver-booking-qr-zh");
        assertThat(b.await(By.tagName("main")).getText()).as("the booking page").doesNotMatch(ENGLISH_WORD);
        readsAsChinese(b, "the booking page");

        // the trader declares the phones the truck brings in, with the driver's consent, and attaches their documents
        String driver = PlatformIT.signIn(platform, "driver");
        String trader = PlatformIT.signIn(platform, "trader");
        String shareCode = Consents.share(platform.url(Apps.VEHICLE_QUEUE), driver, code);
        String id = PlatformIT.submit(platform, trader, Declarations.phoneImport(
                "10" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)), code, shareCode));
        PlatformIT.upload(platform, trader, id, "INVOICE", "INV-HK-2026-0312").then().statusCode(201);
        PlatformIT.upload(platform, trader, id, "PACKING_LIST", "PL-HK-2026-0312").then().statusCode(201);

        // the yard checks the truck in: the page shows its place in the queue, live
        given().auth().oauth2(gate).contentType(ContentType.JSON).body("{\"plate\": \"" + PLATE + "\"}")
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/yard/check-ins")
                .then().statusCode(200);
        b.awaitText(By.id("position"), "排队位置");
        b.awaitText(By.id("booking"), "在停车场等候");
        b.waiting(30).until(d -> d.findElement(By.id("driver-announce")).getAttribute("textContent").contains("排队位置"));
        b.screenshot("driver-waiting-zh");
        assertThat(b.await(By.tagName("main")).getText()).as("the waiting page").doesNotMatch(ENGLISH_WORD);
        readsAsChinese(b, "the waiting page");

        // ready for the gate once customs assigned its channel: called forward, to a lane
        String yard = platform.url(Apps.VEHICLE_QUEUE) + "/api/yard/vehicles/" + code + "/call-forward";
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(gate).contentType(ContentType.JSON).body("{\"reason\": \"单证齐全，车道空闲\"}")
                        .when().post(yard).statusCode() == 200);
        b.awaitText(By.id("called"), "号车道");
        b.waiting(30).until(d -> d.findElement(By.id("driver-announce")).getAttribute("textContent").contains("号车道"));
        b.screenshot("driver-called-forward-zh");
        assertThat(b.await(By.tagName("main")).getText()).as("the call forward").doesNotMatch(ENGLISH_WORD);
        readsAsChinese(b, "the call forward");
        Matcher calledTo = LANE.matcher(b.await(By.id("called")).getText());
        assertThat(calledTo.find()).as("the lane on the page").isTrue();
        String lane = calledTo.group(1);
        b.accessible("driver-called-forward-zh", By.id("called"));
        b.accessibilityViolations().forEach(v -> System.out.println("axe " + v));
        assertThat(b.accessibilityViolations()).isEmpty();

        // into the gate; customs (green), the border guard and the fee clear the phones: the truck is released
        given().auth().oauth2(gate).contentType(ContentType.JSON).body("{}")
                .when().post(platform.url(Apps.VEHICLE_QUEUE) + "/api/yard/vehicles/" + code + "/gate-in")
                .then().statusCode(200);
        PlatformIT.awaitCustomsReleased(platform, trader, id);
        PlatformIT.decide(platform, PlatformIT.signIn(platform, "guard"), id, "BORDER_GUARD", "CLEAR").then().statusCode(200);
        PlatformIT.pay(platform, trader, id).then().statusCode(200);
        PlatformIT.awaitReleased(platform, driver, code, id);
        if (!b.shows(By.id("booking"), "已放行", 15)) {
            b.driver().navigate().refresh();
        }
        b.awaitText(By.id("booking"), "已放行");
        b.screenshot("driver-released-zh");
        assertThat(b.await(By.tagName("main")).getText()).as("the release").doesNotMatch(ENGLISH_WORD);
        readsAsChinese(b, "the release");

        // the simulated gateway received the booking (its window in Vietnam time), the call forward to the lane and
        // the release, in Chinese, at the driver's own phone
        List<String> sms = new ArrayList<>();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            sms.clear();
            sms.addAll(SimulatorAdmin.smsTexts(platform, SMS_PHONE).stream().filter(t -> t.contains(code)).toList());
            assertThat(sms).as("the SMS of " + code)
                    .anySatisfy(t -> assertThat(t).contains("预约").contains("越南时间"))
                    .anySatisfy(t -> assertThat(t).contains("已叫号").contains(lane + "号车道"))
                    .anySatisfy(t -> assertThat(t).contains("已放行"));
        });
        assertThat(sms).as("each SMS in Chinese").allSatisfy(t -> {
            assertThat(t).matches("(?s).*\\p{IsHan}.*");
            assertThat(english.firstRun(t)).as(t).isNull();
        });
        System.out.println("SMS to " + SMS_PHONE + ": " + sms);

        // the notices inbox, in Chinese: the three notices, their times in Vietnam time
        open(js, "#/notices");
        b.awaitText(By.tagName("h1"), "我的通知");
        for (String kind : List.of("BOOKING_CONFIRMED", "CALLED_FORWARD", "VEHICLE_RELEASED")) {
            b.await(By.cssSelector("#notices [data-kind='" + kind + "'][lang='zh']"));
        }
        b.screenshot("driver-inbox-zh");
        readsAsChinese(b, "the notices inbox");
    }
}
