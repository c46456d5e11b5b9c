package vn.laocai.gate.queue.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;

import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Metrics on the management interface only, their HTTP series tagged with route templates, never a raw path. */
@QuarkusTest
class MetricsInterfaceTest {

    static final String CODE = "KT2-XYZ999";

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void metrics_are_served_on_the_management_port_and_not_on_the_public_one() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get(metrics).then().statusCode(200).body(containsString("gate_outbox_pending"));
    }

    @Test
    void a_request_for_an_unknown_booking_code_leaves_no_tag_with_that_code() {
        given().auth().oauth2(BookingMother.token("driver-metrics-tags", "driver"))
                .when().get("/api/bookings/" + CODE).then().statusCode(404);
        given().auth().oauth2("not.a.token").when().get("/api/bookings/" + CODE).then().statusCode(401);
        given().when().get("/api/no-such-route/" + CODE).then().statusCode(404);
        given().auth().oauth2(BookingMother.token("driver-metrics-tags", "driver"))
                .when().patch("/api/bookings/" + CODE).then().statusCode(405);

        List<String> series = given().when().get(metrics).then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count")).toList();
        assertThat(series).isNotEmpty().noneMatch(l -> l.contains(CODE));
        assertThat(series).anyMatch(l -> l.contains("uri=\"/api/bookings/{code}\"") && l.contains("status=\"404\""));
        assertThat(series).anyMatch(l -> l.contains("uri=\"NOT_FOUND\"") && l.contains("status=\"404\""));
        assertThat(series).anyMatch(l -> l.contains("status=\"401\""));
    }
}
