package vn.laocai.gate.queue.application;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.support.outbox.OutboxMetrics;

import java.net.URL;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The yard's and the outbox's figures at /q/metrics (the management interface) after a vehicle checks in. */
@QuarkusTest
class QueueMetricsTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @Inject
    QueueMetrics queueMetrics;

    @Inject
    OutboxMetrics outboxMetrics;

    @Test
    void a_vehicle_checked_in_counts_in_the_queue_length_of_its_direction() {
        String plate = BookingMother.uniquePlate();
        given().auth().oauth2(BookingMother.token("driver-metrics", "driver")).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(plate, Instant.now(), "IMPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(201);
        YardMother.checkInByPlate(plate);

        queueMetrics.refresh();
        outboxMetrics.refresh();
        int waiting = given().auth().oauth2(YardMother.officer()).queryParam("direction", "IMPORT")
                .when().get("/api/yard/queue").then().statusCode(200).extract().path("[0].waiting.size()");
        String metrics = given().when().get(metricsUrl).then().statusCode(200).extract().asString();

        assertThat(waiting).isPositive();
        assertThat(value(metrics, "queue_length{direction=\"IMPORT\"}"))
                .isEqualTo(waiting);
        assertThat(value(metrics, "queue_waiting_longest_seconds{direction=\"IMPORT\"}"))
                .isGreaterThanOrEqualTo(0.0);
        assertThat(value(metrics, "gate_outbox_pending{application=\"vehicle-queue-service\"}")).isGreaterThanOrEqualTo(0.0);
        assertThat(metrics).contains("gate_outbox_publish_delay_seconds_count{application=\"vehicle-queue-service\"}");
    }

    static double value(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError(series + " not in:\n" + metrics));
    }
}
