package vn.laocai.gate.e2e;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;
import vn.laocai.gate.stack.PlatformConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in headless Chromium across the real services: a driver books a crossing in
 * Vietnamese and gets its QR; a trader declares the consignment in English and attaches its documents
 * through the page, the checklist emptying as they arrive; the gate officer, in Chinese, checks the
 * truck in by its plate, holds and releases it, calls it forward and lets it into the gate; the
 * quarantine officer (Vietnamese) and the border guard (English) record their decisions in their
 * worklists; the trader pays the fee, switching to Vietnamese on the way; the gate officer lets the
 * released truck out; the driver sees it; the supervisor reads the day's figures. Every main page is
 * saved as a screenshot under target/screenshots.
 */
class BrowserIT {

    static final String PLATE = "24C-357.91";
    static final ZoneId GATE = ZoneId.of("Asia/Ho_Chi_Minh");

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.GREEN_WITH_CONSOLE;

    static Platform platform;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        BrowserSession.requireChromium();
        platform = SHARED.platform();
        browser = BrowserSession.open(platform.url(Apps.WEB_CONSOLE), Path.of("target", "screenshots"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_crossing_is_booked_declared_cleared_and_let_out_through_the_web_pages_in_three_languages() throws IOException {
        BrowserSession b = browser;

        // --- the driver, on a phone, in Vietnamese ---
        b.size(BrowserSession.PHONE);
        b.go("");
        b.language("vi", "Đăng nhập");
        b.screenshot("sign-in-vi");
        b.layout("sign-in", By.id("signin"));
        b.signIn("driver");
        b.awaitText(By.tagName("h1"), "Đăng ký qua cửa khẩu");
        assertThat(b.hash()).as("a driver lands on the bookings").isEqualTo("#/driver");
        b.layout("driver-bookings", By.id("book"));
        assertThat(b.await(By.name("plannedArrival")).getAttribute("value"))
                .as("the arrival is typed in gate time, whatever the phone's zone")
                .satisfies(v -> assertThat(LocalDateTime.parse(v).atZone(GATE).toInstant())
                        .isBetween(Instant.now().plusSeconds(4 * 60), Instant.now().plusSeconds(11 * 60)));
        assertThat(b.driver().findElements(By.id("nav-trader"))).as("a driver sees no trader page").isEmpty();
        b.type(By.name("plate"), PLATE);
        b.select(By.name("vehicleType"), "REEFER_TRUCK");
        b.select(By.name("weightClass"), "OVER_10T");
        b.select(By.name("cargoCategory"), "PERISHABLE");
        b.type(By.name("name"), "Nguyễn Văn An");
        b.type(By.name("documentNumber"), "C1234567");
        b.type(By.name("phone"), "+84 912 345 678");
        b.screenshot("driver-book-vi");
        b.click(By.id("book"));
        b.waiting(60).until(d -> b.hash().startsWith("#/driver/KT2-"));
        String code = b.hash().substring("#/driver/".length());
        b.awaitText(By.id("booking"), "Đã đăng ký");
        assertThat(b.storedInBrowser()).as("no token, passport number or phone in the browser's storage or readable cookies")
                .doesNotContain("C1234567", "912 345 678", "+84", "eyJ", "access_token", "q_session", "Nguyễn");
        b.awaitText(By.id("booking"), "Hàng tươi sống");
        WebElement qr = b.await(By.id("qr"));
        b.waiting(30).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
        b.awaitText(By.id("live"), "Trực tiếp");
        b.screenshot("driver-booking-qr-vi");
        b.layout("driver-booking", By.id("qr"));
        // the rest of the walk does not depend on it: a failure is reported with the others at the end
        RuntimeException offline = null;
        AssertionError offlineAssertion = null;
        try {
            bookingReadOffline(b, code);
        } catch (RuntimeException e) {
            e.printStackTrace();
            offline = e;
        } catch (AssertionError e) {
            e.printStackTrace();
            offlineAssertion = e;
        }
        // another driver will drive: the booking is amended
        b.type(By.name("newDriver"), "Trần Văn Bình");
        b.type(By.name("newNationality"), "VN");
        b.type(By.name("newDocument"), "B7654321");
        b.type(By.name("newPhone"), "+84 913 222 333");
        b.type(By.name("reason"), "Đổi lái xe");
        b.click(By.id("amend"));
        b.awaitText(By.id("booking"), "Trần Văn Bình");
        // the driver lets the trader link the consignment: a share code to pass on
        b.click(By.id("give-consent"));
        String shareCode = b.waiting(30).until(d -> {
            String shown = d.findElement(By.id("share-code")).getText().trim();
            return shown.matches("[0-9A-Z]{4}-[0-9A-Z]{4}") ? shown : null;
        });
        b.screenshot("driver-share-code-vi");
        // a second crossing, then cancelled: the driver's details were kept in the page's memory only, and the
        // page was loaded afresh meanwhile (the layout measure), so they are asked again
        b.go("#/driver");
        b.awaitText(By.id("my-bookings"), code);
        b.type(By.name("plate"), "24C-468.02");
        assertThat(b.await(By.name("documentNumber")).getAttribute("value")).isEmpty();
        b.type(By.name("name"), "Nguyễn Văn An");
        b.type(By.name("documentNumber"), "C1234567");
        b.type(By.name("phone"), "+84 912 345 678");
        b.click(By.id("book"));
        b.waiting(60).until(d -> b.hash().startsWith("#/driver/KT2-") && !b.hash().endsWith(code));
        b.awaitText(By.id("booking"), "24C-468.02");
        b.click(By.id("cancel"));
        b.confirm();
        b.awaitText(By.id("booking"), "Đã hủy");
        b.screenshot("driver-cancelled-vi");
        b.go("#/trader");
        b.waiting(30).until(d -> b.hash().startsWith("#/driver"));

        // --- the trader, in English: declares, attaches the documents ---
        b.size(BrowserSession.DESK);
        b.language("en", "My bookings");
        b.signIn("trader");
        b.awaitText(By.tagName("h1"), "Declarations");
        assertThat(b.hash()).as("a trader lands on the declarations").isEqualTo("#/trader");
        b.layout("trader-declarations", By.id("declare"));
        String number = "30" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
        b.type(By.name("taxCode"), "5300123456");
        b.type(By.name("declarantName"), "Cong ty TNHH Nong san Lao Cai");
        b.type(By.name("consignee"), "Hekou Fruit Trading Co., Ltd.");
        b.type(By.name("customsNumber"), number);
        b.type(By.name("bookingCodes"), code);
        b.type(By.id("f-shareCode-0"), shareCode.toLowerCase());
        b.type(By.name("hsCode"), "0810.60.00");
        b.type(By.name("description"), "Fresh durian, Ri6 variety, boxed");
        b.type(By.name("quantity"), "18000");
        b.type(By.name("netWeightKg"), "18000");
        b.type(By.name("grossWeightKg"), "19500");
        b.type(By.name("value"), "54000");
        b.screenshot("trader-new-declaration-en");
        // clearance learns of the booking and the consent from the queue's events: until then the declaration is refused
        b.retry("declaration accepted", () -> {
            b.click(By.id("declare"));
            b.waiting(30).until(d -> b.hash().matches("#/trader/[0-9a-f-]{36}") || !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
            return b.hash().matches("#/trader/[0-9a-f-]{36}");
        });
        String declaration = b.hash().substring("#/trader/".length());
        b.awaitText(By.id("missing"), "Phytosanitary certificate");
        b.awaitText(By.id("fee-amount"), "500,000");
        Path scan = Files.createTempFile("scan", ".pdf");
        Files.write(scan, PlatformIT.PDF);
        for (String[] document : PlatformIT.FRUIT_DOCUMENTS) {
            b.select(By.name("type"), document[0]);
            b.type(By.name("number"), document[1]);
            if (!document[0].endsWith("_CODE")) {
                b.driver().findElement(By.name("file")).sendKeys(scan.toAbsolutePath().toString());
            }
            b.click(By.id("upload"));
            b.awaitText(By.cssSelector("#missing table"), document[1]);
        }
        b.awaitText(By.id("missing"), "All required documents are attached.");
        b.awaitText(By.id("timeline"), "Document attached");
        b.screenshot("trader-declaration-en");
        b.layout("trader-declaration", By.id("goods"));
        assertThat(b.await(By.id("timeline")).getText()).as("the timeline speaks of decisions, not of state machines")
                .doesNotContain(" -> ").doesNotContain("CHANNEL_");
        assertThat(timelineTimes(b)).as("the timeline in time order").isSorted();

        // --- the gate officer, in Chinese: check-in by plate, hold, release, call forward, into the gate ---
        b.language("zh", "申报");
        b.signIn("gate");
        b.awaitText(By.tagName("h1"), "停车场看板");
        assertThat(b.hash()).as("the gate officer lands on the yard board").isEqualTo("#/yard");
        b.layout("yard-board", By.id("check-in"));
        b.type(By.id("f-checkin"), PLATE);
        b.type(By.id("f-driverDocumentNumber"), "B7654321");
        b.click(By.id("check-in"));
        b.awaitText(By.id("yard-out"), "已入场");
        By row = By.cssSelector("tr[data-code='" + code + "']");
        b.awaitText(row, PLATE);
        b.await(By.cssSelector("tr[data-code='" + code + "'][data-driver-document='MATCH']"));
        b.click(By.cssSelector("button[data-action='hold'][data-code='" + code + "']"));
        b.answerPrompt("冷藏机组报警，司机检查中");
        b.awaitText(row, "暂扣中");
        b.click(By.cssSelector("button[data-action='lift-hold'][data-code='" + code + "']"));
        b.answerPrompt("冷藏机组已修复");
        b.awaitText(row, "可通行");
        b.screenshot("yard-board-zh");
        b.retry("called forward", () -> {
            b.click(By.cssSelector("button[data-action='call-forward'][data-code='" + code + "']"));
            b.answerPrompt("冷藏榴莲，单证齐全");
            b.waiting(30).until(d -> d.findElement(By.id("yard-out")).getText().length() > 0);
            return b.driver().findElement(By.id("yard-out")).getText().contains("已叫号");
        });
        b.click(By.cssSelector("button[data-action='gate-in'][data-code='" + code + "']"));
        b.awaitText(By.id("yard-out"), "在口岸内");
        b.screenshot("yard-gate-area-zh");
        b.layout("yard-gate-area", row);

        // --- the supervisor, in English, sees the consignment pending at quarantine and the border guard ---
        b.language("en", "Sign out");
        b.signIn("supervisor");
        b.awaitText(By.tagName("h1"), "Today");
        assertThat(b.hash()).as("a supervisor lands on the dashboard").isEqualTo("#/dashboard");
        b.go("#/dashboard");
        b.awaitText(By.id("pending"), "Plant quarantine");
        b.awaitText(By.id("pending"), "Border guard");
        b.screenshot("supervisor-dashboard-pending-en");
        pendingAsTheApiCountsIt(b);
        b.layout("dashboard", By.id("fig-booked"));
        // the perishables near or past their time at the gate: a list, or the words saying there is none
        b.waiting(30).until(d -> !d.findElements(By.cssSelector("#perishables table, #perishables p.muted + div p.muted")).isEmpty());
        assertThat(b.driver().findElements(By.cssSelector("#perishables .err"))).as("the perishables read without an error").isEmpty();

        // --- plant quarantine in Vietnamese, the border guard in English, in their worklists ---
        decide(b, "quarantine", "vi", "Việc cần xử lý: Kiểm dịch thực vật", number, "PASS", "đã ghi nhận");
        decide(b, "guard", "en", "Worklist: Border guard", number, "CLEAR", "recorded");

        // --- the trader pays the fee, switching to Vietnamese on the page ---
        PlatformIT.awaitCustomsReleased(platform, PlatformIT.signIn(platform, "trader"), declaration);
        b.signIn("trader");
        b.go("#/trader/" + declaration);
        b.awaitText(By.id("steps"), "Customs");
        b.language("vi", "Phí sử dụng hạ tầng");
        b.awaitText(By.id("fee-amount"), "500.000");
        b.click(By.id("pay"));
        b.awaitText(By.id("paid"), "PAY-");
        b.awaitText(By.tagName("h1"), "Đã thông quan");
        b.layout("trader-cleared", By.id("paid"));
        // the queue releases the truck inside the gate; the page shows it live, or at the latest when opened again
        PlatformIT.awaitReleased(platform, platform.token("browser-check", "supervisor"), code, declaration);
        if (!b.shows(By.id("timeline"), "Xe được giải phóng", 10)) {
            b.driver().navigate().refresh();
        }
        b.awaitText(By.id("timeline"), "Xe được giải phóng");
        b.screenshot("trader-cleared-vi");
        // the release note: offered on the cleared page; the address its QR code holds opens the public check, which says
        // it is genuine and names the truck, and a wrong code learns nothing
        b.await(By.id("release-note-pdf"));
        String check = releaseNoteCheck(PlatformIT.signIn(platform, "trader"), declaration);
        b.go("#/verify/" + check);
        b.await(By.cssSelector("#verify-result[data-genuine='true']"));
        // the booking code and the plate as kept (letters and digits only, as the release note prints it)
        b.awaitText(By.id("verify-vehicles"), code + " " + PLATE.replaceAll("[^0-9A-Z]", ""));
        b.screenshot("release-note-verified-vi");
        String wrong = check.substring(0, check.length() - 1) + (check.endsWith("A") ? "B" : "A");
        b.go("#/verify/" + wrong);
        b.await(By.cssSelector("#verify-result[data-genuine='unknown']"));

        // --- the gate officer lets the released truck out ---
        b.language("zh", "申报");
        b.signIn("gate");
        b.awaitText(row, "已放行");
        b.click(By.cssSelector("button[data-action='gate-out'][data-code='" + code + "']"));
        b.awaitText(By.id("yard-out"), "已离开口岸");
        b.screenshot("yard-let-out-zh");

        // --- the driver sees it, in Vietnamese ---
        b.size(BrowserSession.PHONE);
        b.language("vi", "Bãi chờ");
        b.signIn("driver");
        b.go("#/driver/" + code);
        b.awaitText(By.id("booking"), "Đã rời cửa khẩu");
        b.screenshot("driver-exited-vi");
        b.layout("driver-exited", By.id("booking"));

        // --- the supervisor's figures, in English ---
        b.size(BrowserSession.DESK);
        b.language("en", "Sign out");
        b.signIn("supervisor");
        b.go("#/dashboard");
        b.awaitText(By.tagName("main"), "Vehicles booked by hour");
        // booked and cleared count the gate's day (Asia/Ho_Chi_Minh): a walk that crosses its midnight has its booking
        // and its clearance on the day before, so the page is held to what the API says of today rather than to "at least one"
        b.await(By.id("chart-hours"));
        b.screenshot("supervisor-dashboard-end-of-walk-en");
        pendingAsTheApiCountsIt(b);
        b.go("#/yard");
        b.awaitText(By.tagName("h1"), "Yard board");
        b.layout("yard-watched", By.id("board"));
        assertThat(b.driver().findElements(By.id("check-in"))).as("a supervisor watches the yard, does not act").isEmpty();
        // the audit trails of the three services are intact, and the out-of-turn call of the day is listed with its reason
        b.go("#/audit");
        for (String service : List.of("queue", "clearance", "customs")) {
            b.await(By.cssSelector("#verify-" + service + "[data-intact='true']"));
        }
        b.click(By.id("out-of-turn-show"));
        b.awaitText(By.id("out-of-turn"), "冷藏榴莲，单证齐全");
        b.screenshot("supervisor-audit-en");
        b.layout("audit", By.id("audit-verification"));

        // signing out ends the session here and at Keycloak: the next page asks for sign-in again, and so does Keycloak
        b.signOutIfSignedIn();
        b.go("#/audit");
        b.await(By.id("signin"));
        assertThat(b.hash()).isEqualTo("#/login");
        assertThat(b.storedInBrowser()).doesNotContain("eyJ", "access_token");
        b.click(By.id("signin"));
        b.await(By.id("username"));
        b.screenshot("sign-in-again-at-keycloak");
        b.keycloakLogin("supervisor");
        b.await(By.cssSelector("#nav a"));

        assertThat(PlatformIT.timeline(platform, PlatformIT.signIn(platform, "trader"), declaration))
                .contains("PLANT_QUARANTINE_PASSED", "BORDER_CHECK_CLEARED", "FEE_PAID", "CLEARED", "VEHICLE_RELEASED");
        try (var files = Files.list(Path.of("target", "screenshots"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .contains("01-sign-in-vi.png").hasSizeGreaterThanOrEqualTo(15);
        }

        // every page visited, on a 360 px phone: nothing wider than the screen, nothing moving as it loads
        b.layouts().forEach(l -> System.out.println("layout " + l));
        SoftAssertions soft = new SoftAssertions();
        for (BrowserSession.Layout l : b.layouts()) {
            soft.assertThat(l.innerWidth()).as(l.page() + ": the narrow screen").isEqualTo(BrowserSession.NARROW.width);
            soft.assertThat(l.fits()).as(l + ": no wider than the screen").isTrue();
            soft.assertThat(l.shift()).as(l + ": cumulative layout shift").isLessThan(0.1);
        }
        soft.assertThat(b.layouts()).extracting(BrowserSession.Layout::page).contains("sign-in", "driver-bookings", "driver-booking",
                "trader-declarations", "trader-declaration", "yard-board", "dashboard", "worklist-quarantine", "worklist-guard", "audit");
        // every page visited, in each language: no serious or critical violation axe-core finds
        System.out.println("axe checked " + b.checkedForAccessibility());
        b.accessibilityViolations().forEach(v -> System.out.println("axe " + v));
        soft.assertThat(b.checkedForAccessibility()).as("axe ran on every page in vi, en and zh")
                .contains("sign-in (vi)", "sign-in (en)", "sign-in (zh)", "driver-booking (zh)", "dashboard (zh)", "yard-board (vi)");
        soft.assertThat(b.accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
        soft.assertThat(offline).as("the driver's booking read offline").isNull();
        soft.assertThat(offlineAssertion).as("the driver's booking read offline").isNull();
        soft.assertAll();
    }

    /**
     * Without network (the page and its service worker both), the driver's booking page loaded afresh still shows the
     * booking, its QR and when they were last read, kept by the service worker; back online afterwards.
     */
    private static void bookingReadOffline(BrowserSession b, String code) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        b.waiting(60).withMessage(() -> "the page is under its service worker")
                .until(d -> Boolean.TRUE.equals(js.executeScript("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)")));
        b.offline(true);
        try {
            b.driver().navigate().refresh();
            b.awaitText(By.tagName("h1"), code);
            b.await(By.cssSelector("#updated[data-kept='true']"));
            b.awaitText(By.id("updated"), "Cập nhật lần cuối");
            assertThat(b.await(By.id("updated")).getText()).as("the time kept, in gate time with its zone").contains("giờ Việt Nam");
            WebElement qr = b.await(By.id("qr"));
            b.waiting(30).until(d -> ((Number) js.executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
            b.awaitText(By.id("booking"), PLATE);
            System.out.println("offline driver page: " + b.screenshot("driver-offline-vi").toAbsolutePath());
        } finally {
            b.offline(false);
        }
        b.driver().navigate().refresh();
        b.await(By.cssSelector("#updated[data-kept='false']"));
    }

    /** The times of the trader's timeline as the page lists them. */
    /**
     * {@code <number>/<code>} of the release note's public check, read from the address printed under the note's QR code
     * (the note is signed and issued when the consignment clears; asked for until it is there). The code is 10 characters
     * of Crockford's base 32; the printed text runs on into the next words once its line breaks are taken out.
     */
    private static String releaseNoteCheck(String traderToken, String declaration) throws IOException {
        String url = platform.url(Apps.CLEARANCE) + "/api/declarations/" + declaration + "/release-note.pdf";
        byte[][] pdf = new byte[1][];
        org.awaitility.Awaitility.await("the release note").atMost(PlatformIT.STEP).until(() -> {
            var r = given().auth().oauth2(traderToken).accept("application/pdf").when().get(url);
            pdf[0] = r.statusCode() == 200 ? r.asByteArray() : null;
            return pdf[0] != null;
        });
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf[0])) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
            var address = java.util.regex.Pattern.compile("#/verify/([A-Z0-9-]+/[0-9A-Z]{10})").matcher(text);
            assertThat(address.find()).as("the verification address on the note: " + text).isTrue();
            return address.group(1);
        }
    }

    private static List<Instant> timelineTimes(BrowserSession b) {
        @SuppressWarnings("unchecked")
        List<String> at = (List<String>) ((JavascriptExecutor) b.driver())
                .executeScript("return [...document.querySelectorAll('#timeline li[data-at]')].map((li) => li.dataset.at)");
        assertThat(at).isNotEmpty();
        return at.stream().map(Instant::parse).toList();
    }

    /**
     * The dashboard's pending per agency and vehicles waiting are what the services say: the statistics' open steps
     * (none of them done or failed) summed per step, the yard's queues summed. Read again until both agree, as
     * the consignments move meanwhile.
     */
    private static void pendingAsTheApiCountsIt(BrowserSession b) {
        String token = platform.token("browser-check", "supervisor");
        String[] last = new String[1];
        b.waiting(90).withMessage(() -> "the dashboard's figures against the API: " + last[0]).until(d -> {
            List<Map<String, Object>> open = given().auth().oauth2(token)
                    .when().get(platform.url(Apps.CLEARANCE) + "/api/clearance/statistics")
                    .then().statusCode(200).extract().jsonPath().getList("openSteps");
            assertThat(open).extracting(f -> f.get("state")).as("open steps only").doesNotContain("DONE", "FAILED", "NOT_REQUIRED");
            Map<String, Long> api = new TreeMap<>();
            open.forEach(f -> api.merge((String) f.get("step"), ((Number) f.get("cases")).longValue(), Long::sum));
            List<Integer> waiting = given().auth().oauth2(token).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/yard/queue")
                    .then().statusCode(200).extract().jsonPath().getList("waitingCount", Integer.class);
            long apiWaiting = waiting.stream().mapToLong(Integer::longValue).sum();
            LocalDate today = LocalDate.now(GATE);
            long apiBooked = 0;
            for (String direction : List.of("EXPORT", "IMPORT")) {
                apiBooked += given().auth().oauth2(token).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/slots/" + today + "/" + direction)
                        .then().statusCode(200).extract().jsonPath().getList("booked", Integer.class)
                        .stream().mapToLong(Integer::longValue).sum();
            }
            long apiCleared = given().auth().oauth2(token).queryParam("limit", 500)
                    .when().get(platform.url(Apps.CLEARANCE) + "/api/declarations")
                    .then().statusCode(200).extract().jsonPath().getList("clearedAt", String.class).stream()
                    .filter(at -> at != null && OffsetDateTime.parse(at).atZoneSameInstant(GATE).toLocalDate().equals(today))
                    .count();
            d.navigate().refresh();
            b.await(By.id("fig-waiting"));
            Map<String, Long> page = new TreeMap<>();
            for (WebElement tr : d.findElements(By.cssSelector("#pending tr[data-step]"))) {
                page.put(tr.getAttribute("data-step"), Long.parseLong(tr.findElement(By.tagName("td")).getText().replaceAll("\\D", "")));
            }
            long pageWaiting = Long.parseLong(d.findElement(By.id("fig-waiting")).getText().replaceAll("\\D", ""));
            long pageBooked = Long.parseLong(d.findElement(By.id("fig-booked")).getText().replaceAll("\\D", ""));
            long pageCleared = Long.parseLong(d.findElement(By.id("fig-cleared")).getText().replaceAll("\\D", ""));
            last[0] = "API " + api + " waiting " + apiWaiting + " booked " + apiBooked + " cleared " + apiCleared
                    + ", page " + page + " waiting " + pageWaiting + " booked " + pageBooked + " cleared " + pageCleared;
            return api.equals(page) && apiWaiting == pageWaiting && apiBooked == pageBooked && apiCleared == pageCleared;
        });
    }

    /** An officer records a decision on the consignment in their worklist. */
    private static void decide(BrowserSession b, String officer, String lang, String title, String number, String decision,
                               String recorded) {
        b.select(By.id("lang"), lang);
        b.signIn(officer);
        b.awaitText(By.tagName("h1"), title);
        assertThat(b.hash()).as(officer + " lands on the worklist").isEqualTo("#/worklist");
        String section = "section[data-number='" + number + "']";
        b.await(By.cssSelector(section));
        b.screenshot("worklist-" + officer + "-" + lang);
        b.layout("worklist-" + officer, By.cssSelector(section));
        if (officer.equals("quarantine")) {
            // the officer's checklist of the step: what to verify and why, each document present, the codes on the GACC list
            WebElement checklist = b.await(By.cssSelector(section + " details[data-checklist='PLANT_QUARANTINE']"));
            checklist.findElement(By.tagName("summary")).click();
            String item = section + " details[data-checklist] li[data-document='PLANTING_AREA_CODE']";
            b.waiting(30).until(d -> !d.findElements(By.cssSelector(item)).isEmpty());
            assertThat(b.await(By.cssSelector(section + " li[data-document='PHYTOSANITARY_CERTIFICATE']")).getAttribute("data-present"))
                    .as("the phytosanitary certificate attached").isEqualTo("true");
            assertThat(b.await(By.cssSelector(item + " li[data-gacc]")).getAttribute("data-gacc"))
                    .as("the planting-area code's status on the GACC list in force").isEqualTo("ACTIVE");
            assertThat(b.await(By.cssSelector(item)).getText()).as("why it is checked, in Vietnamese").contains("Lý do");
            b.screenshot("worklist-checklist-" + officer + "-" + lang);
        }
        // no decision is taken for the officer: the list starts on "choose", and the form will not go without one
        WebElement choice = b.await(By.cssSelector(section)).findElement(By.name("decision"));
        assertThat(new Select(choice).getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat((Boolean) ((JavascriptExecutor) b.driver()).executeScript("return arguments[0].form.checkValidity()", choice)).isFalse();
        assertThat(new Select(choice).getOptions()).extracting(o -> o.getAttribute("value")).contains(decision);
        b.retry(officer + " decided " + decision, () -> {
            WebElement s = b.await(By.cssSelector(section));
            new Select(s.findElement(By.name("decision"))).selectByValue(decision);
            s.findElement(By.cssSelector("button[data-action='decide']")).click();
            b.waiting(30).until(d -> !d.findElement(By.id("work-out")).getText().isEmpty()
                    || !d.findElements(By.cssSelector(section + " [role=alert]")).isEmpty());
            return b.driver().findElement(By.id("work-out")).getText().contains(recorded);
        });
        // the worklist is read again after the decision: on a busy machine that takes a moment
        b.waiting(30).withMessage(() -> "the decided consignment leaves the worklist")
                .until(d -> d.findElements(By.cssSelector(section)).isEmpty());
    }
}
