package vn.laocai.gate.queue;

import io.restassured.http.ContentType;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;

/** Booking requests and tokens for the service's tests. */
public final class BookingMother {

    private BookingMother() {
    }

    public static String token(String user, String role) {
        return EmbeddedInfraTestResource.identity().token(user, role);
    }

    /** A durian export with a semi-trailer, arriving in three hours. */
    public static String bookingJson(String plate) {
        return """
                {"plate": "%s", "trailerPlate": "24R-012.34",
                 "driver": {"name": "Nguyễn Văn An", "nationality": "VN", "documentNumber": "C1234567", "phone": "+84 912 345 678"},
                 "direction": "EXPORT", "cargoCategory": "PERISHABLE", "plannedArrival": "%s"}
                """.formatted(plate, Instant.now().plus(3, ChronoUnit.HOURS));
    }

    /** Books through the API as {@code driver}; returns the booking code. */
    public static String book(String driver, String plate) {
        return given().auth().oauth2(token(driver, "driver"))
                .contentType(ContentType.JSON).body(bookingJson(plate))
                .when().post("/api/bookings")
                .then().statusCode(201)
                .extract().path("code");
    }
}
