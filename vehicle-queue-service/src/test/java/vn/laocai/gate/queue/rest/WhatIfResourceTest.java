package vn.laocai.gate.queue.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The what-if runs from the day's real bookings and closures, and the changes tried show in the answer. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "vehicle_queue"))
class WhatIfResourceTest {

    static final ZoneId GATE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A day no other test books: 23 days ahead. */
    static final LocalDate DAY = LocalDate.now(GATE).plusDays(23);
    static final Instant START = DAY.atStartOfDay(GATE).toInstant();
    static final int EXPORTS = 30;

    private static boolean booked;

    /** Books the day once, for the first test that runs (the application is up by then). */
    @BeforeEach
    void bookTheDay() {
        if (booked) {
            return;
        }
        booked = true;
        // 30 exports at 10:00 and 11:00 (15 an hour of the 17 free), two in three perishable, each from an account of its own
        for (int i = 0; i < EXPORTS; i++) {
            Instant arrival = START.plusSeconds(10 * 3600 + (i % 2) * 3600 + 600);
            BookingMother.bookJson("whatif-driver-" + i + "-" + System.nanoTime(),
                    BookingMother.bookingJson(BookingMother.uniquePlate(), arrival, "EXPORT", i % 3 == 0 ? "GENERAL" : "PERISHABLE"));
        }
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("""
                        {"directions": ["IMPORT"], "closedFrom": "%s", "closedUntil": "%s", "reason": "OTHER",
                         "remarks": "scanner replaced", "bookingAction": "MOVE"}""".formatted(START.plusSeconds(2 * 3600), START.plusSeconds(4 * 3600)))
                .when().post("/api/gate-closures").then().statusCode(201);
    }

    static ValidatableResponse ask(String changes) {
        return given().auth().oauth2(BookingMother.token("boss", "supervisor")).contentType(ContentType.JSON)
                .body("{\"day\": \"" + DAY + "\", \"replications\": 5, \"changes\": " + changes + "}")
                .when().post("/api/what-if").then();
    }

    @Test
    void the_day_is_its_bookings_and_closures_and_a_closure_on_the_day_over_them_raises_the_wait() {
        ValidatableResponse answer = ask("""
                {"closure": {"from": "09:00", "until": "14:00", "directions": ["EXPORT"], "announced": false}, "hekouDailyLimit": 600}""")
                .statusCode(200)
                .body("day", equalTo(DAY.toString())).body("timeZone", equalTo("Asia/Ho_Chi_Minh"))
                .body("booked.export", equalTo(EXPORTS)).body("booked.imports", equalTo(0)).body("booked.perishable", equalTo(20))
                .body("walkIns", equalTo(3)).body("replications", equalTo(5))
                .body("asPlanned.settings.closures", hasSize(1))
                .body("asPlanned.settings.closures[0].from", equalTo("02:00")).body("asPlanned.settings.closures[0].until", equalTo("04:00"))
                .body("asPlanned.settings.closures[0].directions", contains("IMPORT"))
                .body("asPlanned.settings.hekouDailyLimit", equalTo(700)).body("withChanges.settings.hekouDailyLimit", equalTo(600))
                .body("withChanges.settings.closures", hasSize(2))
                .body("withChanges.settings.closures[1].from", equalTo("09:00")).body("withChanges.settings.closures[1].announced", equalTo(false))
                .body("asPlanned.queueLength.stepMinutes", equalTo(10)).body("asPlanned.queueLength.values", hasSize(145))
                .body("assumptions[0]", org.hamcrest.Matchers.containsString("30 crossings booked"));
        float planned = answer.extract().path("asPlanned.yardWaitHours.mean.mean");
        float closed = answer.extract().path("withChanges.yardWaitHours.mean.mean");
        float low = answer.extract().path("asPlanned.yardWaitHours.mean.ci95Low");
        float high = answer.extract().path("asPlanned.yardWaitHours.mean.ci95High");
        float queueAtNoonClosed = answer.extract().path("withChanges.queueLength.values[72]");
        float queueAtNoonPlanned = answer.extract().path("asPlanned.queueLength.values[72]");
        int elapsed = answer.extract().path("elapsedMs");
        System.out.printf("what-if of %d bookings, 2 x 5 runs: %d ms; mean yard wait as planned %.2f h, closed 09:00-14:00 on the day %.2f h%n",
                EXPORTS, elapsed, planned, closed);
        assertThat(low).isLessThanOrEqualTo(planned);
        assertThat(high).isGreaterThanOrEqualTo(planned);
        assertThat(closed).isGreaterThan(planned + 0.5f);
        assertThat(queueAtNoonClosed).isGreaterThan(queueAtNoonPlanned);
    }

    @Test
    void more_export_lanes_lower_the_wait_and_no_change_gives_the_same_column() {
        ValidatableResponse same = ask("{}").statusCode(200);
        float a = same.extract().path("asPlanned.yardWaitHours.mean.mean");
        float b = same.extract().path("withChanges.yardWaitHours.mean.mean");
        assertThat(b).isEqualTo(a);
        ValidatableResponse lanes = ask("{\"lanes\": {\"EXPORT\": 5}}").statusCode(200)
                .body("withChanges.settings.exportLanes", equalTo(5)).body("withChanges.settings.importLanes", equalTo(3));
        float more = lanes.extract().path("withChanges.yardWaitHours.mean.mean");
        System.out.printf("mean yard wait: 2 export lanes %.3f h, 5 export lanes %.3f h%n", a, more);
        assertThat(more).isLessThan(a);
    }

    @Test
    void every_refusal_names_its_field() {
        given().auth().oauth2(BookingMother.token("boss", "supervisor")).contentType(ContentType.JSON)
                .body("{\"day\": \"" + LocalDate.now(GATE) + "\"}").when().post("/api/what-if")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("day"));
        given().auth().oauth2(BookingMother.token("boss", "supervisor")).contentType(ContentType.JSON)
                .body("{\"day\": \"" + DAY.plusDays(30) + "\"}").when().post("/api/what-if")
                .then().statusCode(400).body("violations.field", hasItem("day"));
        given().auth().oauth2(BookingMother.token("boss", "supervisor")).contentType(ContentType.JSON)
                .body("{\"day\": \"" + DAY + "\", \"replications\": 31}").when().post("/api/what-if")
                .then().statusCode(400).body("violations.field", hasItem("replications"));
        ask("{\"closure\": {\"from\": \"14:00\", \"until\": \"10:00\"}}").statusCode(400).body("violations.field", hasItem("changes.closure.until"));
        ask("{\"closure\": {\"from\": \"25:00\", \"until\": \"26:00\"}}").statusCode(400).body("violations.field", hasItem("changes.closure.from"));
        ask("{\"hekouDailyLimit\": -1}").statusCode(400).body("violations.field", hasItem("changes.hekouDailyLimit"));
        ask("{\"lanes\": {\"EXPORT\": 9}}").statusCode(400);
        given().auth().oauth2(BookingMother.token("driver-x", "driver")).contentType(ContentType.JSON)
                .body("{\"day\": \"" + DAY + "\"}").when().post("/api/what-if").then().statusCode(403);
    }
}
