package vn.laocai.gate.queue;

import io.restassured.http.ContentType;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Booking requests and tokens for the service's tests. */
public final class BookingMother {

    private static final AtomicInteger DRIVERS = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private BookingMother() {
    }

    public static String token(String user, String role) {
        return EmbeddedInfraTestResource.identity().token(user, role);
    }

    /** A token of a member of an organisation: {@code role} inside organisation {@code organisation}, plus realm roles. */
    public static String memberToken(String user, String organisation, String role, String... realmRoles) {
        return EmbeddedInfraTestResource.identity().memberToken(user, List.of("/orgs/" + organisation + "/" + role), realmRoles);
    }

    /** A durian export with a semi-trailer, arriving in three hours, with a driver of its own. */
    public static String bookingJson(String plate) {
        return bookingJson(plate, Instant.now().plus(3, ChronoUnit.HOURS), "EXPORT", "PERISHABLE");
    }

    public static String bookingJson(String plate, Instant plannedArrival, String direction, String cargo) {
        return """
                {"plate": "%s", "trailerPlate": "24R-012.34", "vehicleType": "REEFER_TRUCK", "weightClass": "OVER_10T",
                 "driver": {"name": "Nguyễn Văn An", "nationality": "VN", "documentNumber": "%s", "phone": "+84 912 345 678"},
                 "direction": "%s", "cargoCategory": "%s", "plannedArrival": "%s"}
                """.formatted(plate, "C" + (1_000_000 + DRIVERS.incrementAndGet() % 9_000_000), direction, cargo, plannedArrival);
    }

    /** Books through the API as {@code driver}; returns the booking code. */
    public static String book(String driver, String plate) {
        return bookJson(driver, bookingJson(plate));
    }

    public static String bookJson(String driver, String json) {
        return given().auth().oauth2(token(driver, "driver"))
                .contentType(ContentType.JSON).body(json)
                .when().post("/api/bookings")
                .then().statusCode(201)
                .extract().path("code");
    }

    /** A plate no other test uses: 2 province digits, series C, 5 digits. */
    public static String uniquePlate() {
        int n = (int) (Math.abs(System.nanoTime() / 1000) % 100_000);
        return "%02dC-%03d.%02d".formatted(11 + DRIVERS.incrementAndGet() % 88, n / 100, n % 100);
    }
}
