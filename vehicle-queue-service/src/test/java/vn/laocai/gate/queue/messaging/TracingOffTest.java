package vn.laocai.gate.queue.messaging;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With the OpenTelemetry SDK off, as in local runs without a collector, the service works and publishes as before. */
@QuarkusTest
@TestProfile(TracingOffTest.SdkOff.class)
class TracingOffTest {

    public static class SdkOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "true");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void with_the_sdk_off_a_booking_is_published_without_trace_headers() {
        String plate = BookingMother.uniquePlate();
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            String code = given().auth().oauth2(BookingMother.token("driver-untraced", "driver"))
                    .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                    .contentType(ContentType.JSON).body(BookingMother.bookingJson(plate))
                    .when().post("/api/bookings")
                    .then().statusCode(201).extract().path("code");

            ConsumerRecord<String, CloudEvent> booked = await().atMost(Duration.ofSeconds(20))
                    .until(() -> out.getRecords().stream()
                            .filter(r -> code.equals(r.key()) && QueueEventType.CROSSING_BOOKED.type().equals(r.value().getType()))
                            .findFirst(), Optional::isPresent).orElseThrow();
            assertThat(booked.value().getSubject()).isEqualTo(code);
            assertThat(booked.headers().lastHeader("traceparent")).isNull();
        }
    }
}
