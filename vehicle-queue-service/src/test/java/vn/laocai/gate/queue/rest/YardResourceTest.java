package vn.laocai.gate.queue.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.queue.application.NoShowSweep;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.queue.YardMother.post;

/** The yard through REST and Kafka, against the real PostgreSQL and Kafka broker. */
@QuarkusTest
class YardResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/")
    URL base;

    @Inject
    NoShowSweep sweep;

    @Test
    void check_in_by_qr_call_forward_only_after_clearance_gate_in_release_gate_out_with_events_and_a_live_view() throws Exception {
        YardMother.roomToday("EXPORT");
        String driver = BookingMother.token("driver-yard", "driver");
        String plate = BookingMother.uniquePlate();
        var booked = given().auth().oauth2(driver).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(plate, Instant.now(), "EXPORT", "PERISHABLE"))
                .when().post("/api/bookings").then().statusCode(201)
                .body("qr.token", startsWith("eyJ")).body("qr.url", endsWith("/qr")).body("qr.pngDataUri", nullValue())
                .extract();
        String code = booked.path("code");
        String qrToken = booked.path("qr.token");
        List<String> live = new CopyOnWriteArrayList<>();
        Thread reader = follow("/api/bookings/" + code + "/stream", driver, live);

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            post("/api/yard/check-ins", "{\"qrToken\": \"" + qrToken + "\"}").then().statusCode(200)
                    .body("status", equalTo("WAITING")).body("position", notNullValue()).body("eta", notNullValue())
                    .body("priorityClass", equalTo("STANDARD"));
            post("/api/yard/check-ins", "{\"qrToken\": \"" + qrToken + "\"}").then().statusCode(409)
                    .contentType("application/problem+json");
            post("/api/yard/vehicles/" + code + "/call-forward", "{\"reason\": \"Reefer alarm\"}").then().statusCode(409)
                    .body("type", equalTo("https://gate.laocai.vn/problems/clearance-pending"));
            given().auth().oauth2(YardMother.officer()).queryParam("direction", "EXPORT").when().get("/api/yard/queue")
                    .then().statusCode(200).body("[0].waiting.find { it.code == '" + code + "' }.blockedBy", equalTo("clearance-pending"));

            String declarationId = UUID.randomUUID().toString();
            YardMother.publish(bootstrap, ClearanceEventType.DECLARATION_SUBMITTED, declarationId, YardMother.durianDeclaration(declarationId, code));
            YardMother.publish(bootstrap, ClearanceEventType.CONSIGNMENT_READY_FOR_GATE, declarationId, YardMother.ready(declarationId, code));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(driver).get("/api/bookings/" + code)
                    .then().body("clearance", equalTo("READY")).body("priorityClass", equalTo("PERISHABLE")));

            post("/api/yard/vehicles/" + code + "/call-forward", null).then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("reason"));
            post("/api/yard/vehicles/" + code + "/call-forward", "{\"reason\": \" \"}").then().statusCode(400)
                    .body("violations.field", hasItem("reason"));
            post("/api/yard/vehicles/" + code + "/call-forward", "{\"reason\": \"Durian reefer losing temperature\"}").then().statusCode(200)
                    .body("status", equalTo("CALLED_FORWARD")).body("lane", notNullValue());
            post("/api/yard/vehicles/" + code + "/gate-out", null).then().statusCode(409);
            post("/api/yard/vehicles/" + code + "/gate-in", "{\"lane\": 4}").then().statusCode(422)
                    .body("violations.field", hasItem("lane"));
            post("/api/yard/vehicles/" + code + "/gate-in", "{}").then().statusCode(200).body("status", equalTo("IN_GATE"));
            YardMother.publish(bootstrap, ClearanceEventType.CONSIGNMENT_CLEARED, declarationId, YardMother.cleared(declarationId, code));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(driver).get("/api/bookings/" + code)
                    .then().body("status", equalTo("RELEASED")));
            post("/api/yard/vehicles/" + code + "/gate-out", null).then().statusCode(200).body("status", equalTo("EXITED"));

            List<String> expected = List.of(QueueEventType.CROSSING_BOOKED.type(), QueueEventType.VEHICLE_CHECKED_IN.type(),
                    QueueEventType.VEHICLE_REORDERED.type(), QueueEventType.VEHICLE_CALLED_FORWARD.type(),
                    QueueEventType.VEHICLE_ENTERED_GATE.type(), QueueEventType.VEHICLE_RELEASED.type(), QueueEventType.VEHICLE_EXITED.type());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(out.getRecords().stream()
                    .filter(r -> code.equals(r.key())).map(r -> r.value().getType()).toList()).containsAll(expected.subList(1, expected.size())));
            out.getRecords().stream().filter(r -> code.equals(r.key()))
                    .forEach(r -> EventSchemaAssert.assertConforms(r.value().getType(), r.value().getData().toBytes()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> live.stream().anyMatch(l -> l.contains("\"EXITED\"")));
        reader.interrupt();
        assertThat(live).anyMatch(l -> l.contains("\"WAITING\"") && l.contains("\"position\""));
        assertThat(live).anyMatch(l -> l.contains("\"RELEASED\""));
        given().auth().oauth2(YardMother.officer()).get("/api/yard/vehicles/" + code + "/actions").then().statusCode(200)
                .body("action", equalTo(List.of("CHECK_IN", "OUT_OF_TURN_CALL", "GATE_IN", "GATE_OUT")))
                .body("reason", hasItem("Durian reefer losing temperature"))
                .body("officer", hasItem(YardMother.OFFICER));
        String today = Instant.now().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        given().auth().oauth2(YardMother.officer()).queryParam("day", today).when().get("/api/yard/out-of-turn").then().statusCode(200)
                .body("find { it.bookingCode == '" + code + "' }.action", equalTo("OUT_OF_TURN_CALL"))
                .body("find { it.bookingCode == '" + code + "' }.reason", equalTo("Durian reefer losing temperature"));
        for (String action : List.of("OUT_OF_TURN_CALL", "GATE_IN", "GATE_OUT")) {
            given().auth().oauth2(BookingMother.token("boss", "supervisor")).queryParam("action", action).queryParam("subject", code)
                    .when().get("/api/audit").then().statusCode(200).body("[0].actor", equalTo(YardMother.OFFICER));
        }
        given().auth().oauth2(YardMother.officer()).get("/api/yard/vehicles/" + code + "/actions").then().statusCode(200)
                .body("officer", hasItem(YardMother.OFFICER));
    }

    @Test
    void officers_hold_reorder_and_remove_with_a_recorded_reason_and_the_board_shows_it() {
        String first = BookingMother.uniquePlate();
        String second = BookingMother.uniquePlate();
        String a = BookingMother.bookJson("driver-h1", BookingMother.bookingJson(first, Instant.now(), "IMPORT", "GENERAL"));
        String b = BookingMother.bookJson("driver-h2", BookingMother.bookingJson(second, Instant.now(), "IMPORT", "GENERAL"));
        YardMother.checkInByPlate(first);
        YardMother.checkInByPlate(second.replace("-", " ").replace(".", ""));

        post("/api/yard/vehicles/" + a + "/hold", "{\"reason\": \"Reefer unit alarm\"}").then().statusCode(200).body("held", equalTo(true));
        post("/api/yard/vehicles/" + a + "/hold", "{\"reason\": \"again\"}").then().statusCode(409);
        post("/api/yard/vehicles/" + a + "/hold", "{\"reason\": \"\"}").then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(YardMother.officer()).queryParam("direction", "IMPORT").when().get("/api/yard/queue").then().statusCode(200)
                .body("[0].waiting.find { it.code == '" + a + "' }.blockedBy", equalTo("vehicle-held"));
        post("/api/yard/vehicles/" + a + "/lift-hold", "{\"reason\": \"Repaired\"}").then().statusCode(200);
        post("/api/yard/vehicles/" + b + "/reorder", "{\"position\": 1, \"reason\": \"Driver taken ill\"}").then().statusCode(200)
                .body("position", equalTo(1));
        post("/api/yard/vehicles/" + a + "/remove", "{\"reason\": \"Left the yard\"}").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("OFFICER"));

        given().auth().oauth2(BookingMother.token("boss", "supervisor")).get("/api/yard/vehicles/" + a + "/actions").then().statusCode(200)
                .body("action", equalTo(List.of("CHECK_IN", "HOLD", "LIFT_HOLD", "REMOVE")))
                .body("reason", hasItem("Reefer unit alarm")).body("officer", hasItem(YardMother.OFFICER));
        for (String action : List.of("VEHICLE_HELD", "VEHICLE_HOLD_LIFTED", "VEHICLE_REMOVED")) {
            given().auth().oauth2(BookingMother.token("boss", "supervisor")).queryParam("action", action).queryParam("subject", a)
                    .when().get("/api/audit").then().statusCode(200).body("[0].actor", equalTo(YardMother.OFFICER));
        }
        given().auth().oauth2(BookingMother.token("driver-h2", "driver")).contentType(ContentType.JSON).body("{\"direction\": \"IMPORT\"}")
                .when().post("/api/yard/call-forward").then().statusCode(403);
    }

    @Test
    void qr_codes_come_as_png_and_svg_and_a_forged_token_is_refused() {
        String driver = BookingMother.token("driver-qr", "driver");
        String code = BookingMother.bookJson("driver-qr", BookingMother.bookingJson(BookingMother.uniquePlate()));
        byte[] png = given().auth().oauth2(driver).get("/api/bookings/" + code + "/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        given().auth().oauth2(driver).get("/api/bookings/" + code + "/qr.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(containsString("<svg"));
        given().auth().oauth2(BookingMother.token("driver-other", "driver")).get("/api/bookings/" + code + "/qr.png").then().statusCode(404);
        given().auth().oauth2(BookingMother.token("driver-other", "driver")).get("/api/bookings/" + code + "/qr").then().statusCode(404);
        post("/api/yard/check-ins", "{\"qrToken\": \"KT2." + code + ".4102444800.forged\"}").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("qrToken"));
        post("/api/yard/check-ins", "{\"plate\": \"24-ABC\"}").then().statusCode(400).body("violations.field", hasItem("plate"));
    }

    @Test
    void an_overlapping_booking_a_full_slot_and_a_closed_gate_each_get_a_precise_problem() {
        Instant tomorrow = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("driver-ov", BookingMother.bookingJson(plate, tomorrow, "EXPORT", "GENERAL"));
        given().auth().oauth2(BookingMother.token("driver-ov", "driver")).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(BookingMother.bookingJson(plate, tomorrow.plusSeconds(3600), "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gate.laocai.vn/problems/overlapping-booking"))
                .body("violations.field", hasItem("plannedArrival"))
                .body("detail", not(containsString(code)));

        // a day with one place in one hour
        Instant slot = tomorrow.plus(Duration.ofDays(1));
        var local = slot.atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        StringBuilder hours = new StringBuilder();
        for (int h = 0; h < 24; h++) {
            hours.append(h == 0 ? "" : ",").append(h == local.getHour() ? 1 : 0);
        }
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"hourlyCapacity\": [" + hours + "]}")
                    .when().put("/api/slots/" + local.toLocalDate() + "/IMPORT").then().statusCode(200)
                    .body("find { it.hour == " + local.getHour() + " }.capacity", equalTo(1));
            String key = "slots:" + local.toLocalDate() + ":IMPORT";
            await().atMost(Duration.ofSeconds(20)).until(() -> out.getRecords().stream().anyMatch(r -> key.equals(r.key())));
            out.getRecords().stream().filter(r -> key.equals(r.key()))
                    .forEach(r -> EventSchemaAssert.assertConforms(r.value().getType(), r.value().getData().toBytes()));
        }
        BookingMother.bookJson("driver-f1", BookingMother.bookingJson(BookingMother.uniquePlate(), slot, "IMPORT", "GENERAL"));
        given().auth().oauth2(BookingMother.token("driver-f2", "driver")).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(BookingMother.uniquePlate(), slot.plusSeconds(1200), "IMPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(409)
                .body("type", equalTo("https://gate.laocai.vn/problems/slot-full")).body("violations.field", hasItem("plannedArrival"));
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"hourlyCapacity\": [1, 2]}")
                .when().put("/api/slots/" + local.toLocalDate() + "/IMPORT").then().statusCode(400).body("violations.field", hasItem("hourlyCapacity"));

        // a closure moves the booking it hits, tells its driver, and refuses new bookings; 10 days ahead, past the
        // slots FairBookingTest books (at most 9 days and 19 hours ahead), so that it hits this test's booking alone
        Instant floodFrom = tomorrow.plus(Duration.ofDays(8));
        String hit = BookingMother.bookJson("driver-cl", BookingMother.bookingJson(BookingMother.uniquePlate(), floodFrom.plusSeconds(600), "EXPORT", "GENERAL"));
        String closure = given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("""
                        {"directions": ["EXPORT"], "closedFrom": "%s", "closedUntil": "%s", "reason": "FLOOD",
                         "remarks": "Red River over the warning level", "bookingAction": "MOVE"}""".formatted(floodFrom, floodFrom.plusSeconds(6 * 3600)))
                .when().post("/api/gate-closures").then().statusCode(201).body("bookingsMoved", equalTo(1)).extract().path("id");
        // the driver's notice and the refusal, in the reader's language (Chinese here), times in Vietnam time
        given().auth().oauth2(BookingMother.token("driver-cl", "driver")).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .get("/api/bookings/" + hit).then().statusCode(200).header("Content-Language", "zh")
                .body("arrivalWindowStart", equalTo(floodFrom.plusSeconds(6 * 3600).toString()))
                .body("driverNotice", startsWith("口岸关闭（洪水，Red River over the warning level，"))
                .body("driverNotice", containsString("越南时间, UTC+7")).body("revision", equalTo(2));
        given().auth().oauth2(BookingMother.token("driver-cl", "driver")).header("Accept-Language", "en")
                .get("/api/bookings/" + hit).then().statusCode(200).header("Content-Language", "en")
                .body("driverNotice", startsWith("Gate closure (flood, Red River over the warning level, "));
        given().auth().oauth2(BookingMother.token("driver-cl2", "driver")).contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN")
                .body(BookingMother.bookingJson(BookingMother.uniquePlate(), floodFrom.plusSeconds(3600), "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(422).header("Content-Language", "zh")
                .body("type", equalTo("https://gate.laocai.vn/problems/gate-closed")).body("violations.field", hasItem("plannedArrival"))
                .body("title", equalTo("被业务规则拒绝")).body("detail", startsWith("口岸对出口关闭（洪水，"))
                .body("violations[0].message", startsWith("口岸对出口关闭（洪水，"));
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).when().post("/api/gate-closures/" + closure + "/reopen")
                .then().statusCode(200).body("reopenedBy", equalTo(YardMother.OFFICER));
        for (String[] entry : new String[][]{{"GATE_CLOSED", closure}, {"GATE_REOPENED", closure},
                {"SLOT_CALENDAR_CHANGED", "slots:" + local.toLocalDate() + ":IMPORT"}}) {
            given().auth().oauth2(BookingMother.token("boss", "supervisor")).queryParam("action", entry[0]).queryParam("subject", entry[1])
                    .when().get("/api/audit").then().statusCode(200).body("[0].actor", equalTo(YardMother.OFFICER));
        }
        BookingMother.bookJson("driver-cl2", BookingMother.bookingJson(BookingMother.uniquePlate(), floodFrom.plusSeconds(3600), "EXPORT", "GENERAL"));
    }

    @Test
    void a_driver_amends_and_cancels_and_the_sweep_marks_no_shows_once() {
        String driver = BookingMother.token("driver-am", "driver");
        String code = BookingMother.bookJson("driver-am", BookingMother.bookingJson(BookingMother.uniquePlate(), Instant.now(), "IMPORT", "GENERAL"));
        Instant later = Instant.now().plus(20, ChronoUnit.HOURS);
        given().auth().oauth2(driver).contentType(ContentType.JSON).body("{\"plannedArrival\": \"" + later + "\", \"reason\": \"Late loading\"}")
                .when().post("/api/bookings/" + code + "/amendments").then().statusCode(200).body("revision", equalTo(2));
        given().auth().oauth2(driver).get("/api/bookings/" + code + "/amendments").then().statusCode(200)
                .body("reason", equalTo(List.of("Late loading"))).body("amendedBy", equalTo(List.of("driver-am")));
        given().auth().oauth2(BookingMother.token("driver-thief", "driver")).contentType(ContentType.JSON)
                .body("{\"reason\": \"mine now\", \"plannedArrival\": \"" + later + "\"}")
                .when().post("/api/bookings/" + code + "/amendments").then().statusCode(404);

        String noShow = BookingMother.bookJson("driver-ns", BookingMother.bookingJson(BookingMother.uniquePlate(), Instant.now(), "IMPORT", "GENERAL"));
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            Instant afterGrace = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2)).plusSeconds(60);
            assertThat(sweep.sweep(afterGrace)).isGreaterThanOrEqualTo(1);
            assertThat(sweep.sweep(afterGrace)).isZero();
            await().atMost(Duration.ofSeconds(20)).until(() -> CloudEventKafka.ofType(out, QueueEventType.VEHICLE_NO_SHOW.type()).stream()
                    .filter(e -> noShow.equals(e.getSubject())).count() == 1);
        }
        given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + noShow).then().body("noShowAt", notNullValue());

        given().auth().oauth2(driver).when().delete("/api/bookings/" + code).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("DRIVER"));
        given().auth().oauth2(driver).when().delete("/api/bookings/" + code).then().statusCode(409);
    }

    @Test
    void the_board_streams_live_to_officers() throws Exception {
        List<String> board = new CopyOnWriteArrayList<>();
        Thread reader = follow("/api/yard/queue/stream?direction=IMPORT", YardMother.officer(), board);
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("driver-board", BookingMother.bookingJson(plate, Instant.now(), "IMPORT", "GENERAL"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !board.isEmpty());
        YardMother.checkInByPlate(plate);
        await().atMost(Duration.ofSeconds(10)).until(() -> board.stream().anyMatch(l -> l.contains(code)));
        reader.interrupt();
    }

    private Thread follow(String path, String token, List<String> lines) {
        Thread t = new Thread(() -> {
            try {
                HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(base.toString().replaceAll("/$", "") + path))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while (!Thread.currentThread().isInterrupted() && (line = in.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            lines.add(line);
                        }
                    }
                }
            } catch (Exception e) {
                lines.add("error: " + e);
            }
        }, "sse-" + path);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void the_qr_comes_by_accept_drawn_once_with_an_etag_that_answers_304() {
        String driver = BookingMother.token("driver-qr-cache", "driver");
        String code = BookingMother.bookJson("driver-qr-cache", BookingMother.bookingJson(BookingMother.uniquePlate()));
        String qr = "/api/bookings/" + code + "/qr";
        var png = given().auth().oauth2(driver).accept("image/png").get(qr).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", allOf(containsString("private"), containsString("no-cache")))
                .header("ETag", notNullValue()).extract();
        assertThat(png.asByteArray()).startsWith(0x89, 'P', 'N', 'G');
        var svg = given().auth().oauth2(driver).accept("image/svg+xml, image/png;q=0.5").get(qr).then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(containsString("<svg")).extract();
        assertThat(svg.header("ETag")).as("one tag per format").isNotEqualTo(png.header("ETag"));
        given().auth().oauth2(driver).get(qr).then().statusCode(200).contentType(containsString("image/svg+xml"));

        given().auth().oauth2(driver).accept("image/png").header("If-None-Match", png.header("ETag")).get(qr)
                .then().statusCode(304).header("ETag", png.header("ETag"));
        given().auth().oauth2(driver).accept("image/png").header("If-None-Match", svg.header("ETag")).get(qr)
                .then().statusCode(200).contentType("image/png");
        byte[] again = given().auth().oauth2(driver).get(qr + ".png").then().statusCode(200).extract().asByteArray();
        assertThat(again).isEqualTo(png.asByteArray());
    }
}
