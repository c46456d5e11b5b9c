package vn.laocai.gate.e2e;

import static io.restassured.RestAssured.given;

/** The driver's consent to link consignments to a booking, as a trader needs it to declare. */
final class Consents {

    private Consents() {
    }

    /** The driver of {@code bookingCode} gives consent; returns the share code to hand to the trader. */
    static String share(String queueUrl, String driverToken, String bookingCode) {
        return given().auth().oauth2(driverToken)
                .when().post(queueUrl + "/api/bookings/" + bookingCode + "/consents")
                .then().statusCode(201)
                .extract().path("shareCode");
    }
}
