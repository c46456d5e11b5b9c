package vn.laocai.gate.queue.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.laocai.gate.queue.BookingMother.memberToken;
import static vn.laocai.gate.queue.BookingMother.token;

/**
 * A carrier's dispatcher books for the carrier's own vehicles and drivers, against the real PostgreSQL: the
 * fleet kept through the API, a driver or a plate of another carrier refused naming the field, the booking
 * the driver's and recorded with the carrier and the dispatcher, the vehicle bound to the carrier; any dispatcher
 * of the carrier amends and cancels it, nobody else of the carrier or of another.
 */
@QuarkusTest
class CarrierBookingTest {

    /** Two carriers of Lao Cai, by their (checked) tax codes. */
    static final String KIM_THANH_TRANSPORT = "5300100237";
    static final String OTHER_CARRIER = "5300100452";

    private String manager;
    private String dispatcher;
    private String otherManager;
    private String plate;
    private String otherPlate;
    private String driver;
    private String otherDriver;

    @BeforeEach
    void fleets() {
        String run = Long.toString(System.nanoTime(), 36);
        manager = memberToken("manager-" + run, KIM_THANH_TRANSPORT, "manager");
        dispatcher = memberToken("dispatcher-" + run, KIM_THANH_TRANSPORT, "dispatcher");
        otherManager = memberToken("other-manager-" + run, OTHER_CARRIER, "manager");
        plate = BookingMother.uniquePlate();
        otherPlate = BookingMother.uniquePlate();
        driver = "driver-an-" + run;
        otherDriver = "driver-binh-" + run;
        addVehicle(manager, KIM_THANH_TRANSPORT, plate).then().statusCode(201).body("plate", equalTo(plate));
        addDriver(manager, KIM_THANH_TRANSPORT, driver, "C" + (1_000_000 + run.hashCode() % 1_000_000 + 1_000_000)).then().statusCode(201);
        addVehicle(otherManager, OTHER_CARRIER, otherPlate).then().statusCode(201);
        addDriver(otherManager, OTHER_CARRIER, otherDriver, "B" + (5_000_000 + Math.abs(run.hashCode() % 1_000_000))).then().statusCode(201);
    }

    @Test
    void a_dispatcher_books_the_carriers_vehicle_for_the_carriers_driver() {
        String code = book(dispatcher, KIM_THANH_TRANSPORT, plate, driver)
                .then().statusCode(201)
                .body("carrier", equalTo(KIM_THANH_TRANSPORT))
                .body("driverAccount", equalTo(driver))
                .body("bookedBy", equalTo("dispatcher-" + driver.substring("driver-an-".length())))
                .body("booking.plate", equalTo(plate))
                .body("booking.qr.token", org.hamcrest.Matchers.notNullValue())
                .extract().path("booking.code");

        // the booking is the driver's: they see it among their own
        given().auth().oauth2(token(driver, "driver")).get("/api/bookings")
                .then().statusCode(200).body("code", hasItem(code));
        // the carrier's manager sees every booking of the carrier, with who booked it for whom
        given().auth().oauth2(manager).get("/api/carriers/{c}/bookings", KIM_THANH_TRANSPORT)
                .then().statusCode(200).body("booking.code", hasItem(code)).body("find { it.booking.code == '" + code + "' }.driverAccount", equalTo(driver));
        // another carrier does not
        given().auth().oauth2(otherManager).get("/api/carriers/{c}/bookings", KIM_THANH_TRANSPORT).then().statusCode(403);
        given().auth().oauth2(otherManager).get("/api/carriers/{c}/bookings", OTHER_CARRIER)
                .then().statusCode(200).body("booking.code", not(hasItem(code)));
        // the vehicle is bound to the carrier: someone booking it on their own account is refused
        given().auth().oauth2(token("private-" + driver, "driver")).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(plate, Instant.now().plus(20, ChronoUnit.HOURS), "EXPORT", "GENERAL"))
                .post("/api/bookings").then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/vehicle-bound"));
    }

    @Test
    void a_driver_of_another_carrier_is_refused_naming_the_driver() {
        book(dispatcher, KIM_THANH_TRANSPORT, plate, otherDriver)
                .then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("/not-in-fleet"))
                .body("violations.field", hasItem("driverAccount"));
        given().auth().oauth2(manager).get("/api/carriers/{c}/bookings", KIM_THANH_TRANSPORT)
                .then().statusCode(200).body("driverAccount", not(hasItem(otherDriver)));
    }

    @Test
    void a_plate_of_another_fleet_is_refused_naming_the_plate() {
        book(dispatcher, KIM_THANH_TRANSPORT, otherPlate, driver)
                .then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("/not-in-fleet"))
                .body("violations.field", hasItem("plate"));
    }

    @Test
    void only_the_carriers_dispatcher_books_for_it() {
        book(memberToken("dispatcher-elsewhere", OTHER_CARRIER, "dispatcher"), KIM_THANH_TRANSPORT, plate, driver).then().statusCode(403);
        book(memberToken("just-a-driver", KIM_THANH_TRANSPORT, "driver", "driver"), KIM_THANH_TRANSPORT, plate, driver).then().statusCode(403);
        book(token("no-organisation", "driver"), KIM_THANH_TRANSPORT, plate, driver).then().statusCode(403);
    }

    @Test
    void a_plate_joins_one_fleet_and_a_bad_tax_code_is_refused_naming_the_carrier() {
        addVehicle(otherManager, OTHER_CARRIER, plate).then().statusCode(409).body("violations.field", hasItem("plate"));
        given().auth().oauth2(manager).get("/api/carriers/{c}/vehicles", "5300100238")
                .then().statusCode(400).body("violations.field", hasItem("carrier"));
        given().auth().oauth2(manager).get("/api/carriers/{c}/vehicles", KIM_THANH_TRANSPORT)
                .then().statusCode(200).body("plate", hasItem(plate)).body("plate", not(hasItem(otherPlate)));
    }

    @Test
    void any_dispatcher_of_the_carrier_amends_and_cancels_its_booking_and_the_records_say_for_whom() {
        String code = book(dispatcher, KIM_THANH_TRANSPORT, plate, driver).then().statusCode(201).extract().path("booking.code");
        String colleague = "dispatcher-2-" + driver;
        Instant later = Instant.now().plus(9, ChronoUnit.HOURS);

        String start = amend(memberToken(colleague, KIM_THANH_TRANSPORT, "dispatcher"), KIM_THANH_TRANSPORT, code, later)
                .then().statusCode(200)
                .body("booking.revision", equalTo(2))
                .body("booking.qr.token", org.hamcrest.Matchers.notNullValue())
                .extract().path("booking.arrivalWindowStart");
        assertThat(Instant.parse(start)).isEqualTo(later.truncatedTo(ChronoUnit.HOURS));
        // the driver's history of the booking names the dispatcher and the carrier they acted for
        given().auth().oauth2(token(driver, "driver")).get("/api/bookings/{code}/amendments", code)
                .then().statusCode(200)
                .body("amendedBy", equalTo(java.util.List.of(colleague)))
                .body("amendedFor", equalTo(java.util.List.of(KIM_THANH_TRANSPORT)));

        given().auth().oauth2(dispatcher).queryParam("reason", "The buyer postponed").delete("/api/carriers/{c}/bookings/{code}", KIM_THANH_TRANSPORT, code)
                .then().statusCode(200)
                .body("booking.status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("dispatcher-" + driver.substring("driver-an-".length())));
        given().auth().oauth2(token(driver, "driver")).get("/api/bookings/{code}", code)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        String supervisor = token("boss", "supervisor");
        given().auth().oauth2(supervisor).queryParam("action", "BOOKING_AMENDED_FOR_CARRIER").queryParam("subject", code)
                .get("/api/audit").then().statusCode(200)
                .body("[0].actor", equalTo(colleague))
                .body("[0].details.carrier", equalTo(KIM_THANH_TRANSPORT))
                .body("[0].details.driverAccount", equalTo(driver));
        given().auth().oauth2(supervisor).queryParam("action", "BOOKING_CANCELLED_FOR_CARRIER").queryParam("subject", code)
                .get("/api/audit").then().statusCode(200)
                .body("[0].actor", equalTo("dispatcher-" + driver.substring("driver-an-".length())))
                .body("[0].reason", equalTo("The buyer postponed"));
    }

    @Test
    void another_carriers_dispatcher_and_a_member_who_is_no_dispatcher_are_refused() {
        String code = book(dispatcher, KIM_THANH_TRANSPORT, plate, driver).then().statusCode(201).extract().path("booking.code");
        String outsider = memberToken("dispatcher-outside-" + driver, OTHER_CARRIER, "dispatcher");
        Instant later = Instant.now().plus(9, ChronoUnit.HOURS);

        // through the carrier's path: not their carrier (403 problem)
        amend(outsider, KIM_THANH_TRANSPORT, code, later).then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(outsider).delete("/api/carriers/{c}/bookings/{code}", KIM_THANH_TRANSPORT, code).then().statusCode(403);
        // through their own carrier's path: not a booking of theirs, and not said whose it is
        amend(outsider, OTHER_CARRIER, code, later).then().statusCode(404);
        given().auth().oauth2(outsider).delete("/api/carriers/{c}/bookings/{code}", OTHER_CARRIER, code).then().statusCode(404);
        // members of the carrier without the dispatcher role
        amend(manager, KIM_THANH_TRANSPORT, code, later).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(memberToken(driver, KIM_THANH_TRANSPORT, "driver", "driver"))
                .delete("/api/carriers/{c}/bookings/{code}", KIM_THANH_TRANSPORT, code).then().statusCode(403);

        given().auth().oauth2(manager).get("/api/carriers/{c}/bookings", KIM_THANH_TRANSPORT).then().statusCode(200)
                .body("find { it.booking.code == '" + code + "' }.booking.status", equalTo("BOOKED"))
                .body("find { it.booking.code == '" + code + "' }.booking.revision", equalTo(1));
    }

    private static io.restassured.response.Response amend(String token, String carrier, String code, Instant plannedArrival) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"plannedArrival\": \"%s\", \"reason\": \"Loading runs late\"}".formatted(plannedArrival))
                .post("/api/carriers/{c}/bookings/{code}/amendments", carrier, code);
    }

    private static io.restassured.response.Response addVehicle(String token, String carrier, String plate) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"plate\": \"%s\", \"vehicleType\": \"REEFER_TRUCK\", \"weightClass\": \"OVER_10T\"}".formatted(plate))
                .post("/api/carriers/{c}/vehicles", carrier);
    }

    private static io.restassured.response.Response addDriver(String token, String carrier, String account, String document) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"account": "%s", "details": {"name": "Nguyễn Văn An", "nationality": "VN", "documentNumber": "%s", "phone": "+84 912 345 678"}}
                        """.formatted(account, document))
                .post("/api/carriers/{c}/drivers", carrier);
    }

    private static io.restassured.response.Response book(String token, String carrier, String plate, String driverAccount) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"plate": "%s", "driverAccount": "%s", "direction": "EXPORT", "cargoCategory": "PERISHABLE", "plannedArrival": "%s"}
                        """.formatted(plate, driverAccount, Instant.now().plus(3, ChronoUnit.HOURS)))
                .post("/api/carriers/{c}/bookings", carrier);
    }
}
