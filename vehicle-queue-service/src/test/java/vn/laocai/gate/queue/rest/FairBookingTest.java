package vn.laocai.gate.queue.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.BookingConsentGiven;
import vn.laocai.gate.events.BookingConsentWithdrawn;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.laocai.gate.queue.BookingMother.token;
import static vn.laocai.gate.queue.YardMother.post;

/**
 * Who may book what, against the real PostgreSQL and Kafka: the limits hold under concurrency (the
 * locks are the database's), a vehicle is bound to one account until an officer releases it, the
 * consent to link, the driver's document at check-in. Every refusal body is scanned for other
 * accounts' booking codes and documents.
 */
@QuarkusTest
class FairBookingTest {

    private static final Pattern BOOKING_CODE = Pattern.compile("KT2-[0-9A-Z]{6}");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A refusal body, the booking codes its requester may see, and the documents of others it must not name. */
    record Refusal(String body, Set<String> ownCodes, Set<String> othersDocuments) {
    }

    @Test
    void twenty_accounts_racing_for_one_plate_in_one_slot_get_exactly_one_booking() throws Exception {
        String plate = BookingMother.uniquePlate();
        Instant slot = futureSlot(5);
        List<String> drivers = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drivers.add(token("racer-" + plate + "-" + i, "driver"));
            jsons.add(BookingMother.bookingJson(plate, slot.plusSeconds(60L * i), "EXPORT", "GENERAL"));
        }
        List<Response> answers = race(20, i -> given().auth().oauth2(drivers.get(i)).contentType(ContentType.JSON).body(jsons.get(i))
                .when().post("/api/bookings"));

        List<Response> won = answers.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(won).hasSize(1);
        String winner = won.get(0).path("code");
        String winnerDocument = documentOf(jsons.get(answers.indexOf(won.get(0))));
        List<Refusal> refusals = new ArrayList<>();
        for (Response r : answers) {
            if (r == won.get(0)) {
                continue;
            }
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
            assertThat(r.<String>path("type")).isIn(problem("vehicle-bound"), problem("too-many-open-bookings-for-vehicle"),
                    problem("overlapping-booking"));
            refusals.add(new Refusal(r.asString(), Set.of(), Set.of(winnerDocument)));
        }
        assertThat(refusals).extracting(Refusal::body).anySatisfy(b -> assertThat(b).contains("vehicle-bound"));
        assertRevealNothing(refusals);
        given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + winner).then().statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void one_driver_document_on_ten_plates_at_once_gets_exactly_one_booking() throws Exception {
        Instant slot = futureSlot(6);
        String document = "R" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        List<String> drivers = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            drivers.add(token("document-racer-" + document + "-" + i, "driver"));
            jsons.add(withDocument(BookingMother.bookingJson(BookingMother.uniquePlate(), slot.plusSeconds(120L * i), "IMPORT", "GENERAL"),
                    i % 2 == 0 ? document : document.toLowerCase()));
        }
        List<Response> answers = race(10, i -> given().auth().oauth2(drivers.get(i)).contentType(ContentType.JSON).body(jsons.get(i))
                .when().post("/api/bookings"));

        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        List<Refusal> refusals = new ArrayList<>();
        for (Response r : answers.stream().filter(r -> r.statusCode() != 201).toList()) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
            assertThat(r.<String>path("type")).isEqualTo(problem("overlapping-booking"));
            assertThat(r.<String>path("detail")).contains("lái xe đã có đăng ký");
            refusals.add(new Refusal(r.asString(), Set.of(), Set.of()));
        }
        assertRevealNothing(refusals);
    }

    @Test
    void a_bound_plate_is_refused_to_a_stranger_until_an_officer_releases_it_and_its_driver_is_told() {
        String plate = BookingMother.uniquePlate();
        String squatterJson = BookingMother.bookingJson(plate, futureSlot(3), "EXPORT", "GENERAL");
        String squatted = BookingMother.bookJson("squatter-" + plate, squatterJson);
        String owner = token("owner-" + plate, "driver");
        String ownerJson = BookingMother.bookingJson(plate, futureSlot(4), "EXPORT", "GENERAL");
        List<Refusal> refusals = new ArrayList<>();

        Response refused = given().auth().oauth2(owner).contentType(ContentType.JSON).body(ownerJson).when().post("/api/bookings");
        refused.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(problem("vehicle-bound"))).body("violations.field", hasItem("plate"))
                .body("detail", containsString("đang gắn với một tài khoản khác"));
        refusals.add(new Refusal(refused.asString(), Set.of(), Set.of(documentOf(squatterJson))));

        // the release needs a gate officer and a reason
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"reason\": \"mine\"}")
                .when().post("/api/vehicles/" + plate + "/release").then().statusCode(403);
        Response blank = post("/api/vehicles/" + plate + "/release", "{\"reason\": \" \"}");
        blank.then().statusCode(400).body("violations.field", hasItem("reason"));
        post("/api/vehicles/" + plate + "/release", null).then().statusCode(400).body("violations.field", hasItem("reason"));

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            post("/api/vehicles/" + plate.replace("-", " ") + "/release", "{\"reason\": \"Registration papers name the owner's company\"}")
                    .then().statusCode(200).body("plate", equalTo(plate)).body("cancelledBookings", equalTo(List.of(squatted)));
            await().atMost(Duration.ofSeconds(20)).until(() -> CloudEventKafka.ofType(out, QueueEventType.BOOKING_CANCELLED.type()).stream()
                    .anyMatch(e -> squatted.equals(e.getSubject())));
            var event = CloudEventKafka.ofType(out, QueueEventType.BOOKING_CANCELLED.type()).stream().filter(e -> squatted.equals(e.getSubject()))
                    .findFirst().orElseThrow();
            assertThat(((BookingCancelled) EventCodec.decode(event.getType(), event.getData().toBytes())).reason()).isEqualTo("PLATE_RELEASED");
        }
        given().auth().oauth2(token("squatter-" + plate, "driver")).get("/api/bookings/" + squatted).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("PLATE_RELEASED"))
                .body("driverNotice", containsString("Registration papers name the owner's company"));

        audited("PLATE_RELEASED", plate.replace("-", "").replace(".", ""))
                .body("[0].actor", equalTo(YardMother.OFFICER)).body("[0].reason", equalTo("Registration papers name the owner's company"));
        String mine = BookingMother.bookJson("owner-" + plate, ownerJson);
        // now the squatter is the stranger
        Response back = given().auth().oauth2(token("squatter-" + plate, "driver")).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(plate, futureSlot(9), "EXPORT", "GENERAL")).when().post("/api/bookings");
        back.then().statusCode(409).body("type", equalTo(problem("vehicle-bound")));
        refusals.add(new Refusal(back.asString(), Set.of(squatted), Set.of(documentOf(ownerJson))));

        // a vehicle in the yard is not released
        String inYardPlate = BookingMother.uniquePlate();
        String inYard = BookingMother.bookJson("yard-" + inYardPlate, BookingMother.bookingJson(inYardPlate, Instant.now(), "IMPORT", "GENERAL"));
        YardMother.checkInByPlate(inYardPlate);
        post("/api/vehicles/" + inYardPlate + "/release", "{\"reason\": \"dispute\"}").then().statusCode(409)
                .body("type", equalTo(problem("vehicle-in-yard"))).body("violations.field", hasItem("plate"));
        given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + inYard).then().body("status", equalTo("WAITING"));
        given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + mine).then().body("status", equalTo("BOOKED"));
        assertRevealNothing(refusals);
    }

    @Test
    void a_consent_is_given_replaced_and_withdrawn_with_its_events_and_shown_only_to_whom_it_may_be() throws Exception {
        String plate = BookingMother.uniquePlate();
        String account = "consenting-" + plate;
        String driver = token(account, "driver");
        String code = BookingMother.bookJson(account, BookingMother.bookingJson(plate, futureSlot(2), "EXPORT", "GENERAL"));
        List<Refusal> refusals = new ArrayList<>();

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            Response first = given().auth().oauth2(driver).when().post("/api/bookings/" + code + "/consents");
            first.then().statusCode(201).body("consentId", notNullValue())
                    .body("shareCode", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")).body("givenAt", notNullValue());
            String firstId = first.path("consentId");
            Response second = given().auth().oauth2(driver).when().post("/api/bookings/" + code + "/consents");
            second.then().statusCode(201);
            String secondId = second.path("consentId");
            String shareCode = second.path("shareCode");
            assertThat(secondId).isNotEqualTo(firstId);

            given().auth().oauth2(driver).get("/api/bookings/" + code).then().statusCode(200)
                    .body("consent.consentId", equalTo(secondId)).body("consent.shareCode", equalTo(shareCode));
            given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + code).then().statusCode(200)
                    .body("consent.consentId", equalTo(secondId)).body("consent.shareCode", nullValue());
            Response stranger = given().auth().oauth2(token("stranger-" + plate, "driver")).when().post("/api/bookings/" + code + "/consents");
            stranger.then().statusCode(404);
            refusals.add(new Refusal(stranger.asString(), Set.of(code), Set.of()));
            Response old = given().auth().oauth2(driver).when().delete("/api/bookings/" + code + "/consents/" + firstId);
            old.then().statusCode(404);
            refusals.add(new Refusal(old.asString(), Set.of(code), Set.of()));

            given().auth().oauth2(driver).when().delete("/api/bookings/" + code + "/consents/" + secondId).then().statusCode(204);
            given().auth().oauth2(driver).get("/api/bookings/" + code).then().body("consent", nullValue());

            await().atMost(Duration.ofSeconds(20)).until(() -> out.getRecords().stream().filter(r -> code.equals(r.key()))
                    .filter(r -> r.value().getType().contains("Consent")).count() == 4);
            List<Object> consentEvents = out.getRecords().stream().filter(r -> code.equals(r.key()))
                    .filter(r -> r.value().getType().contains("Consent"))
                    .peek(r -> EventSchemaAssert.assertConforms(r.value().getType(), r.value().getData().toBytes()))
                    .map(r -> (Object) EventCodec.decode(r.value().getType(), r.value().getData().toBytes())).toList();
            assertThat(consentEvents).hasExactlyElementsOfTypes(BookingConsentGiven.class, BookingConsentWithdrawn.class,
                    BookingConsentGiven.class, BookingConsentWithdrawn.class);
            assertThat(((BookingConsentWithdrawn) consentEvents.get(1)).consentId()).isEqualTo(firstId);
            BookingConsentGiven given = (BookingConsentGiven) consentEvents.get(2);
            assertThat(given.consentId()).isEqualTo(secondId);
            assertThat(given.shareCodeHash()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((code + ":" + shareCode).getBytes(StandardCharsets.UTF_8))));
        }

        // once the vehicle checked in, the consent stands
        String yardPlate = BookingMother.uniquePlate();
        String yardAccount = "consenting-" + yardPlate;
        String inYard = BookingMother.bookJson(yardAccount, BookingMother.bookingJson(yardPlate, Instant.now(), "IMPORT", "GENERAL"));
        String consentId = given().auth().oauth2(YardMother.officer()).when().post("/api/bookings/" + inYard + "/consents")
                .then().statusCode(201).extract().path("consentId");
        YardMother.checkInByPlate(yardPlate);
        Response late = given().auth().oauth2(token(yardAccount, "driver")).when().delete("/api/bookings/" + inYard + "/consents/" + consentId);
        late.then().statusCode(409).body("type", equalTo(problem("already-checked-in")));
        refusals.add(new Refusal(late.asString(), Set.of(inYard), Set.of()));
        assertRevealNothing(refusals);
    }

    @Test
    void the_document_read_at_check_in_is_compared_and_a_mismatch_checks_in_and_shows_on_the_board() {
        String matching = BookingMother.uniquePlate();
        String matchingJson = BookingMother.bookingJson(matching, Instant.now(), "IMPORT", "GENERAL");
        String a = BookingMother.bookJson("doc-" + matching, matchingJson);
        String other = BookingMother.uniquePlate();
        String b = BookingMother.bookJson("doc-" + other, BookingMother.bookingJson(other, Instant.now(), "IMPORT", "GENERAL"));

        String document = documentOf(matchingJson);
        post("/api/yard/check-ins", "{\"plate\": \"" + matching + "\", \"driverDocumentNumber\": \" " + document.toLowerCase() + " \"}")
                .then().statusCode(200).body("code", equalTo(a)).body("driverDocument", equalTo("MATCH"));
        post("/api/yard/check-ins", "{\"plate\": \"" + other + "\", \"driverDocumentNumber\": \"X9999999\"}")
                .then().statusCode(200).body("code", equalTo(b)).body("status", equalTo("WAITING")).body("driverDocument", equalTo("MISMATCH"));
        given().auth().oauth2(YardMother.officer()).queryParam("direction", "IMPORT").when().get("/api/yard/queue").then().statusCode(200)
                .body("[0].waiting.find { it.code == '" + b + "' }.driverDocument", equalTo("MISMATCH"))
                .body("[0].waiting.find { it.code == '" + a + "' }.driverDocument", equalTo("MATCH"));
        given().auth().oauth2(YardMother.officer()).get("/api/yard/vehicles/" + b + "/actions").then().statusCode(200)
                .body("detail", hasItem("driver document MISMATCH"));
        audited("CHECK_IN_DOCUMENT_MISMATCH", b).body("[0].actor", equalTo(YardMother.OFFICER));
        audited("CHECK_IN_DOCUMENT_MISMATCH", a).body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_reorder_needs_a_reason_and_the_days_out_of_turn_actions_list_it() {
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("reorder-" + plate, BookingMother.bookingJson(plate, Instant.now(), "EXPORT", "GENERAL"));
        YardMother.checkInByPlate(plate);

        post("/api/yard/vehicles/" + code + "/reorder", "{\"position\": 1, \"reason\": \"\"}").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        post("/api/yard/vehicles/" + code + "/reorder", "{\"position\": 1}").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        post("/api/yard/vehicles/" + code + "/reorder", "{\"position\": 1, \"reason\": \"Driver taken ill\"}").then().statusCode(200);

        audited("QUEUE_REORDERED", code).body("[0].reason", equalTo("Driver taken ill")).body("[0].actor", equalTo(YardMother.OFFICER));
        String today = Instant.now().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        given().auth().oauth2(token("boss", "supervisor")).queryParam("day", today).when().get("/api/yard/out-of-turn").then().statusCode(200)
                .body("find { it.bookingCode == '" + code + "' }.action", equalTo("REORDER"))
                .body("find { it.bookingCode == '" + code + "' }.reason", equalTo("Driver taken ill"))
                .body("find { it.bookingCode == '" + code + "' }.plate", equalTo(plate))
                .body("find { it.bookingCode == '" + code + "' }.direction", equalTo("EXPORT"))
                .body("find { it.bookingCode == '" + code + "' }.officer", equalTo(YardMother.OFFICER));
        given().auth().oauth2(token("boss", "supervisor")).queryParam("day", "2020-01-01").when().get("/api/yard/out-of-turn").then()
                .statusCode(200).body("bookingCode", org.hamcrest.Matchers.not(hasItem(code)));
        given().auth().oauth2(token("boss", "supervisor")).queryParam("day", "yesterday").when().get("/api/yard/out-of-turn").then()
                .statusCode(400).body("violations.field", hasItem("day"));
        given().auth().oauth2(token("reorder-" + plate, "driver")).queryParam("day", today).when().get("/api/yard/out-of-turn").then()
                .statusCode(403);
    }

    // --- helpers ---

    /** The audit entries of an action about a subject, newest first, as a supervisor reads them. */
    static io.restassured.response.ValidatableResponse audited(String action, String subject) {
        return given().auth().oauth2(token("supervisor-fair", "supervisor")).queryParam("action", action).queryParam("subject", subject)
                .when().get("/api/audit").then().statusCode(200);
    }

    /** Runs {@code n} requests at the same moment (a start latch), each on its own thread; their answers in order. */
    static List<Response> race(int n, java.util.function.IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Response> call = () -> {
                    ready.countDown();
                    start.await();
                    return request.apply(index);
                };
                futures.add(pool.submit(call));
            }
            ready.await();
            start.countDown();
            List<Response> answers = new CopyOnWriteArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return new ArrayList<>(answers);
        } finally {
            pool.shutdownNow();
        }
    }

    /** No refusal names a booking code other than its requester's own, nor another person's document. */
    static void assertRevealNothing(List<Refusal> refusals) {
        assertThat(refusals).isNotEmpty();
        for (Refusal r : refusals) {
            Matcher codes = BOOKING_CODE.matcher(r.body());
            while (codes.find()) {
                assertThat(r.ownCodes()).as("booking code in " + r.body()).contains(codes.group());
            }
            for (String document : r.othersDocuments()) {
                assertThat(r.body().toUpperCase()).as("document in " + r.body()).doesNotContain(document.toUpperCase());
            }
        }
    }

    static String documentOf(String json) {
        Matcher m = Pattern.compile("\"documentNumber\": \"([^\"]+)\"").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String withDocument(String json, String document) {
        return json.replaceFirst("\"documentNumber\": \"[^\"]+\"", "\"documentNumber\": \"" + document + "\"");
    }

    /** An hour some days ahead, a different one for each caller so that slots do not fill up across tests. */
    static Instant futureSlot(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)
                .plus(ThreadLocalRandom.current().nextInt(20), ChronoUnit.HOURS).plusSeconds(60);
    }

    static String problem(String slug) {
        return "https://gate.laocai.vn/problems/" + slug;
    }
}
