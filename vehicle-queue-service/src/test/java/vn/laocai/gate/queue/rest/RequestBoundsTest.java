package vn.laocai.gate.queue.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.validation.Bounds;

import java.util.Collections;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.queue.BookingMother.bookingJson;
import static vn.laocai.gate.queue.BookingMother.token;
import static vn.laocai.gate.queue.BookingMother.uniquePlate;

/** A value one past its bound is a 400 naming the field, a value at the bound is taken, and the document says the bound. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "vehicle_queue"))
class RequestBoundsTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void a_driver_name_at_its_bound_is_booked_and_one_longer_is_refused_naming_it() {
        String atBound = "Nguyễn " + "A".repeat(Bounds.PERSON_NAME - 7);
        given().auth().oauth2(token("driver-bounds", "driver"))
                .contentType(ContentType.JSON).body(bookingJson(uniquePlate()).replace("Nguyễn Văn An", atBound))
                .when().post("/api/bookings")
                .then().statusCode(201).body("driverName", equalTo(atBound));
        given().auth().oauth2(token("driver-bounds", "driver"))
                .contentType(ContentType.JSON).body(bookingJson(uniquePlate()).replace("Nguyễn Văn An", atBound + "A"))
                .when().post("/api/bookings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://gate.laocai.vn/problems/validation"))
                .body("violations.field", hasItem("driver.name"));
    }

    @Test
    void an_over_long_plate_and_document_number_are_refused_naming_each() {
        String json = bookingJson("24C-123.45" + "9".repeat(Bounds.PLATE))
                .replaceFirst("\"documentNumber\": \"[^\"]*\"", "\"documentNumber\": \"C" + "1".repeat(20) + "\"");
        given().auth().oauth2(token("driver-bounds", "driver"))
                .contentType(ContentType.JSON).body(json)
                .when().post("/api/bookings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("plate"))
                .body("violations.field", hasItem("driver.documentNumber"));
    }

    @Test
    void a_reason_past_its_bound_is_refused_and_one_at_it_reaches_the_booking() {
        String officer = token("gate-bounds", "gate-officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"reason\": \"" + "r".repeat(Bounds.REASON + 1) + "\"}")
                .when().post("/api/yard/vehicles/KT2-AAAAAA/hold")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("reason"));
        // within the bound, the request passes validation and finds no such vehicle
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"reason\": \"" + "r".repeat(Bounds.REASON) + "\"}")
                .when().post("/api/yard/vehicles/KT2-AAAAAA/hold")
                .then().statusCode(404);
    }

    @Test
    void a_booking_code_in_a_path_is_checked_against_its_format() {
        given().auth().oauth2(token("driver-bounds", "driver"))
                .when().get("/api/bookings/KT2-AAAAAAA")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("code"));
        given().auth().oauth2(token("driver-bounds", "driver"))
                .when().get("/api/bookings/kt2-aaaaaa")
                .then().statusCode(404);
    }

    @Test
    void an_hourly_capacity_past_its_maximum_is_refused_naming_its_index() {
        String hours = String.join(", ", Collections.nCopies(23, "10")) + ", 501";
        given().auth().oauth2(token("gate-bounds", "gate-officer")).contentType(ContentType.JSON)
                .body("{\"hourlyCapacity\": [" + hours + "]}")
                .when().put("/api/slots/2099-01-01/EXPORT")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("hourlyCapacity[23]"));
    }

    @Test
    void the_document_carries_the_bounds() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getInt("components.schemas.DriverDetails.properties.name.maxLength")).isEqualTo(Bounds.PERSON_NAME);
        assertThat(doc.getInt("components.schemas.DriverDetails.properties.documentNumber.maxLength")).isEqualTo(20);
        assertThat(doc.getInt("components.schemas.BookingRequest.properties.plate.maxLength")).isEqualTo(Bounds.PLATE);
        assertThat(doc.getInt("components.schemas.ReasonRequest.properties.reason.maxLength")).isEqualTo(Bounds.REASON);
        assertThat(doc.getInt("components.schemas.SlotDayRequest.properties.hourlyCapacity.maxItems")).isEqualTo(24);
        assertThat(doc.getInt("components.schemas.SlotDayRequest.properties.hourlyCapacity.items.maximum")).isEqualTo(500);
        assertThat(doc.getInt("components.schemas.GateClosureRequest.properties.directions.maxItems")).isEqualTo(2);
        assertThat(doc.getInt("paths.'/api/bookings/{code}'.get.parameters[0].schema.maxLength")).isEqualTo(Bounds.BOOKING_CODE_LENGTH);
        assertThat(doc.getString("paths.'/api/bookings/{code}'.get.parameters[0].schema.pattern")).isEqualTo(Bounds.BOOKING_CODE);
        assertThat(doc.getInt("paths.'/api/bookings/{code}'.delete.parameters.find { it.name == 'reason' }.schema.maxLength"))
                .isEqualTo(Bounds.REASON);
    }
}
