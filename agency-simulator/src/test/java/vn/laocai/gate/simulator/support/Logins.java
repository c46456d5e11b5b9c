package vn.laocai.gate.simulator.support;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests with the logins of the test profile (application.properties, %test). */
public final class Logins {

    public static final String CLIENT_ID = "customs-adapter";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String ADMIN_ID = "simulator-admin";
    public static final String ADMIN_SECRET = "test-admin-secret";

    private Logins() {
    }

    /** A request of the client of the simulated systems (the customs adapter). */
    public static RequestSpecification asClient() {
        return given().auth().preemptive().basic(CLIENT_ID, CLIENT_SECRET);
    }

    /** A request of the administrator. */
    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN_ID, ADMIN_SECRET);
    }
}
