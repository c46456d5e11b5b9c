package vn.laocai.gate.queue.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The free slots of the coming days, and the free slots a full one offers, through REST against the real PostgreSQL. */
@QuarkusTest
class FreeSlotsTest {

    static final ZoneId GATE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Twelve days ahead: no other test of the run books imports there. */
    static final LocalDate DAY = LocalDate.now(GATE).plusDays(12);

    static Instant at(int hour) {
        return DAY.atStartOfDay(GATE).toInstant().plusSeconds(3600L * hour);
    }

    @Test
    void the_coming_days_show_the_places_left_and_a_full_slot_offers_the_nearest_free_ones_before_and_after() {
        // the day takes imports at 08:00 (2), 10:00 (1) and 12:00 (3) only
        List<Integer> hours = new ArrayList<>(Collections.nCopies(24, 0));
        hours.set(8, 2);
        hours.set(10, 1);
        hours.set(12, 3);
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"hourlyCapacity\": " + hours + "}")
                .when().put("/api/slots/" + DAY + "/IMPORT").then().statusCode(200);
        String dispatcher = BookingMother.token("dispatcher-slots", "driver");
        given().auth().oauth2(dispatcher).queryParam("direction", "IMPORT").queryParam("days", 13)
                .when().get("/api/slots").then().statusCode(200)
                .body("", hasSize(13))
                .body("[0].day", equalTo(LocalDate.now(GATE).toString()))
                // today shows the hours not over yet only, from the current hour
                .body("[0].hours[0].slotStart", equalTo(Instant.now().truncatedTo(ChronoUnit.HOURS).toString()))
                .body("[12].day", equalTo(DAY.toString())).body("[12].direction", equalTo("IMPORT"))
                .body("[12].hours", hasSize(24)).body("[12].free", equalTo(6))
                .body("[12].hours[10].capacity", equalTo(1)).body("[12].hours[10].free", equalTo(1))
                .body("[12].hours[9].free", equalTo(0));

        BookingMother.bookJson("driver-slots-1", BookingMother.bookingJson(BookingMother.uniquePlate(), at(10).plusSeconds(600), "IMPORT", "GENERAL"));
        given().auth().oauth2(dispatcher).queryParam("direction", "IMPORT").queryParam("days", 13)
                .when().get("/api/slots").then().statusCode(200)
                .body("[12].free", equalTo(5)).body("[12].hours[10].booked", equalTo(1)).body("[12].hours[10].free", equalTo(0));

        given().auth().oauth2(BookingMother.token("driver-slots-2", "driver")).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(BookingMother.uniquePlate(), at(10).plusSeconds(1200), "IMPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gate.laocai.vn/problems/slot-full")).body("violations.field", hasItem("plannedArrival"))
                .body("detail", containsString("the next free slot is"))
                // before: 08:00 of the day (2 left), then the last hours of the day before (25 imports an hour by default)
                .body("before", hasSize(3)).body("before[0].slotStart", equalTo(at(8).toString()))
                .body("before[0].slotEnd", equalTo(at(9).toString())).body("before[0].free", equalTo(2))
                .body("before[1].slotStart", equalTo(at(0).minusSeconds(3600).toString())).body("before[1].free", equalTo(25))
                // after: 12:00 (3 left), then the next day's first hours
                .body("after", hasSize(3)).body("after[0].slotStart", equalTo(at(12).toString())).body("after[0].free", equalTo(3))
                .body("after[1].slotStart", equalTo(at(24).toString()));
    }

    @Test
    void the_free_slots_need_a_direction_and_at_most_fourteen_days() {
        String driver = BookingMother.token("driver-slots-3", "driver");
        given().auth().oauth2(driver).queryParam("direction", "EXPORT").queryParam("days", 15)
                .when().get("/api/slots").then().statusCode(400).body("violations.field", hasItem("days"));
        given().auth().oauth2(driver).when().get("/api/slots").then().statusCode(400).body("violations.field", hasItem("direction"));
        given().auth().oauth2(driver).queryParam("direction", "EXPORT").when().get("/api/slots").then().statusCode(200).body("", hasSize(7));
    }
}
