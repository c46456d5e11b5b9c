package vn.laocai.gate.queue.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** One vehicle holds active bookings at one border gate of the province at a time; the gate is part of the booking. */
@QuarkusTest
class OneGatePerPlateTest {

    private static String at(String json, String gate) {
        return json.replaceFirst("\\}\\s*$", ", \"gate\": \"" + gate + "\"}");
    }

    @Test
    void a_second_active_booking_of_one_plate_at_another_gate_is_refused_naming_plate() {
        String driver = BookingMother.token("driver-gates", "driver");
        String plate = BookingMother.uniquePlate();
        Instant arrival = Instant.now().plus(3, ChronoUnit.HOURS);
        String first = BookingMother.bookJson("driver-gates", BookingMother.bookingJson(plate, arrival, "EXPORT", "GENERAL"));
        given().auth().oauth2(driver).get("/api/bookings/" + first).then().statusCode(200).body("gate", equalTo("KIM_THANH_2"));

        // a day later, far from the 4 h gap between one vehicle's bookings: still refused, for the other gate
        String elsewhere = at(BookingMother.bookingJson(plate, arrival.plus(1, ChronoUnit.DAYS), "EXPORT", "GENERAL"), "BAN_VUOC");
        given().auth().oauth2(driver).contentType(ContentType.JSON).body(elsewhere).when().post("/api/bookings").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gate.laocai.vn/problems/plate-booked-at-another-gate"))
                .body("violations.field", hasItem("plate"));

        // the same gate keeps the limits it had: a second booking of the vehicle there is admitted
        String second = BookingMother.bookJson("driver-gates",
                at(BookingMother.bookingJson(plate, arrival.plus(1, ChronoUnit.DAYS), "EXPORT", "GENERAL"), "KIM_THANH_2"));

        given().auth().oauth2(driver).when().delete("/api/bookings/" + first).then().statusCode(200);
        given().auth().oauth2(driver).contentType(ContentType.JSON).body(elsewhere).when().post("/api/bookings").then()
                .statusCode(409).body("type", equalTo("https://gate.laocai.vn/problems/plate-booked-at-another-gate"));
        given().auth().oauth2(driver).when().delete("/api/bookings/" + second).then().statusCode(200);

        // no active booking left: the vehicle may book at the other gate
        String moved = BookingMother.bookJson("driver-gates", elsewhere);
        given().auth().oauth2(driver).get("/api/bookings/" + moved).then().statusCode(200).body("gate", equalTo("BAN_VUOC"));
    }

    @Test
    void a_gate_not_served_or_not_a_gate_code_is_refused_naming_gate() {
        String driver = BookingMother.token("driver-gates2", "driver");
        String json = BookingMother.bookingJson(BookingMother.uniquePlate());
        given().auth().oauth2(driver).contentType(ContentType.JSON).body(at(json, "MUONG_KHUONG")).when().post("/api/bookings").then()
                .statusCode(422).body("type", equalTo("https://gate.laocai.vn/problems/gate-not-served"))
                .body("violations.field", hasItem("gate"));
        given().auth().oauth2(driver).contentType(ContentType.JSON).body(at(json, "kim thanh")).when().post("/api/bookings").then()
                .statusCode(400).body("violations.field", hasItem("gate"));
    }
}
