package vn.laocai.gate.queue.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.security.HmacQrToken;
import vn.laocai.gate.queue.security.QrClaims;
import vn.laocai.gate.queue.security.QrVerifier;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.queue.YardMother.post;

/** The booking QR signed ES256: its keys published, checked offline, the HMAC QRs of the previous release during the change. */
@QuarkusTest
class QrCheckInTest {

    @ConfigProperty(name = "gate.queue.qr.secret")
    String legacySecret;

    @Test
    void the_published_keys_alone_verify_a_bookings_qr_and_check_in_accepts_it() {
        YardMother.roomToday("EXPORT");
        String plate = BookingMother.uniquePlate();
        Instant arrival = Instant.now();
        var booked = given().auth().oauth2(BookingMother.token("driver-qr-keys", "driver")).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(plate, arrival, "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(201).extract();
        String keys = given().when().get("/api/bookings/qr-keys").then().statusCode(200)
                .contentType(startsWith("application/jwk-set+json")).body("keys[0].kty", equalTo("EC"))
                .body("keys[0].crv", equalTo("P-256")).body("keys[0].alg", equalTo("ES256"))
                .extract().asString();
        assertThat(keys).doesNotContain("\"d\"");

        QrClaims claims = QrVerifier.ofJwkSet(keys).verify(booked.path("qr.token"), Instant.now());

        assertThat(claims.bookingCode()).isEqualTo(booked.path("code"));
        assertThat(claims.plate()).isEqualTo(Plate.parse(plate).orElseThrow().value());
        assertThat(claims.slotStart()).isEqualTo(arrival.truncatedTo(ChronoUnit.HOURS));
        assertThat(claims.expiresAt()).isAfter(claims.slotStart());
        post("/api/yard/check-ins", "{\"qrToken\": \"" + booked.path("qr.token") + "\"}").then().statusCode(200)
                .body("code", equalTo(booked.path("code"))).body("status", equalTo("WAITING"));
    }

    @Test
    void an_hmac_qr_issued_before_the_change_still_checks_in_until_it_expires() {
        YardMother.roomToday("IMPORT");
        String code = BookingMother.bookJson("driver-qr-old", BookingMother.bookingJson(BookingMother.uniquePlate(), Instant.now(), "IMPORT", "GENERAL"));
        HmacQrToken previousRelease = new HmacQrToken(legacySecret);
        String expired = previousRelease.sign(code, Instant.now().minusSeconds(60));
        post("/api/yard/check-ins", "{\"qrToken\": \"" + expired + "\"}").then().statusCode(422)
                .body("type", equalTo("https://gate.laocai.vn/problems/expired-qr")).body("violations.field", hasItem("qrToken"));

        String old = previousRelease.sign(code, Instant.now().plus(12, ChronoUnit.HOURS));
        post("/api/yard/check-ins", "{\"qrToken\": \"" + old + "\"}").then().statusCode(200)
                .body("code", equalTo(code)).body("status", equalTo("WAITING"));
    }

    @Test
    void the_qr_of_an_earlier_window_is_refused_after_an_amendment_and_the_answer_carries_the_new_one() {
        YardMother.roomToday("EXPORT");
        String driver = BookingMother.token("driver-qr-amend", "driver");
        var booked = given().auth().oauth2(driver).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(BookingMother.uniquePlate(), Instant.now(), "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(201).extract();
        String code = booked.path("code");
        String amended = given().auth().oauth2(driver).contentType(ContentType.JSON)
                .body("{\"plannedArrival\": \"" + Instant.now().plus(2, ChronoUnit.HOURS) + "\", \"reason\": \"Late loading\"}")
                .when().post("/api/bookings/" + code + "/amendments").then().statusCode(200).extract().path("qr.token");

        post("/api/yard/check-ins", "{\"qrToken\": \"" + booked.path("qr.token") + "\"}").then().statusCode(422)
                .body("type", equalTo("https://gate.laocai.vn/problems/invalid-qr")).body("violations.field", hasItem("qrToken"));
        post("/api/yard/check-ins", "{\"qrToken\": \"" + amended + "\"}").then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void a_qr_with_one_character_changed_is_refused_at_check_in() {
        YardMother.roomToday("EXPORT");
        String token = given().auth().oauth2(BookingMother.token("driver-qr-forged", "driver")).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(BookingMother.uniquePlate(), Instant.now(), "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(201).extract().path("qr.token");
        int inPayload = token.indexOf('.') + 5;
        String forged = token.substring(0, inPayload) + (token.charAt(inPayload) == 'A' ? 'B' : 'A') + token.substring(inPayload + 1);
        post("/api/yard/check-ins", "{\"qrToken\": \"" + forged + "\"}").then().statusCode(422)
                .body("type", equalTo("https://gate.laocai.vn/problems/invalid-qr")).body("violations.field", hasItem("qrToken"));
    }
}
