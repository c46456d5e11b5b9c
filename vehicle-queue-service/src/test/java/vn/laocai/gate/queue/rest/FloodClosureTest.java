package vn.laocai.gate.queue.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A flood closes the exports for six hours with 200 bookings ahead and 30 trucks in the yard, through REST against the
 * real PostgreSQL: the preview is what the confirmation does, perishables take the earliest slots, no vehicle ends with
 * two bookings less than 4 h apart, and the yard waits (call-forward refused, the board showing the closure) until the
 * gate reopens.
 */
@QuarkusTest
class FloodClosureTest {

    static final ZoneId GATE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int BOOKINGS = 200;
    static final int PERISHABLE = 20;
    static final int TWICE_BOOKED = 10;
    static final int YARD = 30;

    @Test
    void a_flood_closure_previewed_then_confirmed_moves_200_bookings_by_the_rules_and_holds_the_yard_until_it_reopens() {
        Instant now = Instant.now();
        Instant firstSlot = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant until = firstSlot.plus(Duration.ofHours(6));
        // before the flood's end every hour takes 500 (the run's other tests book there too); after it 20, so the
        // moved bookings spread over the following hours and the order in which they are moved shows
        for (int d = 0; d < 3; d++) {
            LocalDate day = LocalDate.now(GATE).plusDays(d);
            List<Integer> hours = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                hours.add(day.atStartOfDay(GATE).toInstant().plusSeconds(3600L * h).isBefore(until) ? 500 : 20);
            }
            given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body(Map.of("hourlyCapacity", hours))
                    .when().put("/api/slots/" + day + "/EXPORT").then().statusCode(200);
        }
        // 30 empty trucks in the yard now
        List<String> yard = new ArrayList<>();
        for (int i = 0; i < YARD; i++) {
            String plate = BookingMother.uniquePlate();
            yard.add(BookingMother.bookJson("flood-yard-" + i, BookingMother.bookingJson(plate, now, "EXPORT", "EMPTY")));
            YardMother.checkInByPlate(plate);
        }
        // 200 bookings over the six hours: 20 perishables, and 10 vehicles that also hold a booking 3 h after the flood (no slot less than 4 h from it will do)
        Map<String, String> cargo = new LinkedHashMap<>();
        Map<String, String> plateOf = new HashMap<>();
        Map<String, Instant> laterOfPlate = new HashMap<>();
        for (int i = 0; i < BOOKINGS; i++) {
            String plate = BookingMother.uniquePlate();
            String kind = i < PERISHABLE ? "PERISHABLE" : "GENERAL";
            Instant arrival = firstSlot.plus(Duration.ofHours(i % 6)).plusSeconds(600);
            String code = BookingMother.bookJson("flood-driver-" + i, BookingMother.bookingJson(plate, arrival, "EXPORT", kind));
            cargo.put(code, kind);
            plateOf.put(code, plate);
            if (i >= BOOKINGS - TWICE_BOOKED) {
                Instant later = until.plus(Duration.ofHours(3)).plusSeconds(600);
                BookingMother.bookJson("flood-driver-" + i, BookingMother.bookingJson(plate, later, "EXPORT", kind));
                laterOfPlate.put(plate, later.truncatedTo(ChronoUnit.HOURS));
            }
        }
        String request = """
                {"directions": ["EXPORT"], "closedFrom": "%s", "closedUntil": "%s", "reason": "FLOOD",
                 "remarks": "Red River over the warning level", "bookingAction": "MOVE"}""".formatted(now, until);
        String supervisor = BookingMother.token("flood-supervisor", "supervisor");

        JsonPath preview = given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(request)
                .when().post("/api/gate-closures/preview").then().statusCode(200).extract().jsonPath();
        // nothing was done: the bookings are where they were and nothing is closed
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON)
                .body(Map.of("direction", "EXPORT", "count", 1)).when().post("/api/yard/call-forward").then().statusCode(200);
        List<String> orderBefore = given().auth().oauth2(supervisor).queryParam("direction", "EXPORT").get("/api/yard/queue")
                .then().statusCode(200).extract().jsonPath().getList("[0].waiting.code", String.class).stream().filter(yard::contains).toList();

        long started = System.nanoTime();
        JsonPath closed = given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(request)
                .when().post("/api/gate-closures").then().statusCode(201).extract().jsonPath();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String closure = closed.getString("id");
        try {
            Map<String, String> previewed = movedTo(preview.getList("bookings"), cargo.keySet());
            Map<String, String> confirmed = movedTo(closed.getList("outcome.bookings"), cargo.keySet());
            assertThat(confirmed).hasSize(BOOKINGS);
            assertThat(previewed).isEqualTo(confirmed);

            // perishables keep the earliest slots
            Instant latestPerishable = confirmed.entrySet().stream().filter(e -> cargo.get(e.getKey()).equals("PERISHABLE"))
                    .map(e -> Instant.parse(e.getValue())).max(Instant::compareTo).orElseThrow();
            Instant earliestGeneral = confirmed.entrySet().stream().filter(e -> cargo.get(e.getKey()).equals("GENERAL"))
                    .map(e -> Instant.parse(e.getValue())).min(Instant::compareTo).orElseThrow();
            assertThat(latestPerishable).isBeforeOrEqualTo(earliestGeneral);
            assertThat(confirmed.values()).allSatisfy(slot -> assertThat(Instant.parse(slot)).isAfterOrEqualTo(until));
            // no vehicle ends with two bookings less than 4 h apart
            confirmed.forEach((code, slot) -> {
                Instant other = laterOfPlate.get(plateOf.get(code));
                if (other != null) {
                    assertThat(Duration.between(other, Instant.parse(slot)).abs()).isGreaterThanOrEqualTo(Duration.ofHours(4));
                }
            });
            // each booking says where it went, once
            for (String code : List.of(cargo.keySet().iterator().next(), new ArrayList<>(cargo.keySet()).get(BOOKINGS - 1))) {
                given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + code).then().statusCode(200)
                        .body("arrivalWindowStart", equalTo(confirmed.get(code))).body("revision", equalTo(2));
            }

            // the yard is held in its order: those still waiting (one may have been called before the closure) as the board had them
            List<String> held = closed.getList("outcome.yard.code");
            List<String> ours = held.stream().filter(yard::contains).toList();
            assertThat(orderBefore).hasSizeGreaterThanOrEqualTo(YARD - 1);
            assertThat(ours).containsSubsequence(orderBefore);

            // during the closure: call-forward refused naming the closure, the board shows it, ETAs count from its end
            given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body(Map.of("direction", "EXPORT", "count", 5))
                    .when().post("/api/yard/call-forward").then().statusCode(409)
                    .body("type", equalTo("https://gate.laocai.vn/problems/gate-closed-now")).body("violations.field", hasItem("direction"))
                    .body("detail", containsString("Red River over the warning level"));
            given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"reason\": \"reefer alarm\"}")
                    .when().post("/api/yard/vehicles/" + ours.get(0) + "/call-forward").then().statusCode(409)
                    .body("type", equalTo("https://gate.laocai.vn/problems/gate-closed-now"));
            JsonPath board = given().auth().oauth2(supervisor).queryParam("direction", "EXPORT").get("/api/yard/queue")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(board.getString("[0].closure.id")).isEqualTo(closure);
            assertThat(board.getList("[0].waiting.eta", String.class))
                    .allSatisfy(eta -> assertThat(Instant.parse(eta)).isAfter(until));
        } finally {
            given().auth().oauth2(supervisor).contentType(ContentType.JSON).when().post("/api/gate-closures/" + closure + "/reopen")
                    .then().statusCode(200);
        }
        // after it: the yard moves again
        assertThat(given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body(Map.of("direction", "EXPORT", "count", 5))
                .when().post("/api/yard/call-forward").then().statusCode(200).extract().jsonPath().getList("code")).isNotEmpty();
        System.out.printf("Flood closure: %d bookings moved, %d cancelled, %d yard vehicles held, confirmed in %d ms%n",
                closed.getLong("outcome.moved"), closed.getLong("outcome.cancelled"), closed.getInt("outcome.yardVehicles"), took.toMillis());
    }

    /** Code to the slot moved to, of the bookings of this test. */
    private static Map<String, String> movedTo(List<Map<String, Object>> hits, java.util.Set<String> ours) {
        Map<String, String> moved = new LinkedHashMap<>();
        for (Map<String, Object> hit : hits) {
            if (ours.contains((String) hit.get("code"))) {
                moved.put((String) hit.get("code"), (String) hit.get("movedTo"));
            }
        }
        return moved;
    }
}
