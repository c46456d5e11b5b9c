package vn.laocai.gate.queue.messaging;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.FaultToleranceOperationProvider;
import io.smallrye.faulttolerance.config.FaultToleranceOperation;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ClearanceEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    FaultToleranceOperationProvider faultTolerance;

    @Test
    void a_consignment_cleared_before_the_vehicle_arrives_releases_it_once_at_gate_in_even_when_delivered_twice() {
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("driver-chi", BookingMother.bookingJson(plate, Instant.now(), "EXPORT", "GENERAL"));
        String declarationId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        byte[] data = EventCodec.encode(new ConsignmentCleared(declarationId, "305123456789", List.of(code), Instant.now()));
        String officer = YardMother.officer();

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            CloudEventKafka.publish(bootstrap, Topics.CLEARANCE_DECLARATION, declarationId, eventId,
                    ClearanceEventType.CONSIGNMENT_CLEARED.type(), data);
            CloudEventKafka.publish(bootstrap, Topics.CLEARANCE_DECLARATION, declarationId, eventId,
                    ClearanceEventType.CONSIGNMENT_CLEARED.type(), data);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(officer).when().get("/api/bookings/" + code)
                            .then().statusCode(200).body("status", equalTo("BOOKED")).body("clearance", equalTo("CLEARED")));
            YardMother.checkInByPlate(plate);
            YardMother.post("/api/yard/vehicles/" + code + "/call-forward", "{\"reason\": \"Cleared before arrival\"}").then().statusCode(200);
            YardMother.post("/api/yard/vehicles/" + code + "/gate-in", null).then().statusCode(200)
                    .body("status", equalTo("RELEASED")).body("releasedForDeclaration", equalTo(declarationId));

            await().atMost(Duration.ofSeconds(20)).until(() -> released(out, code).size() == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> released(out, code).size() == 1);
            EventSchemaAssert.assertConforms(QueueEventType.VEHICLE_RELEASED.type(), released(out, code).get(0).getData().toBytes());
        }
    }

    private static List<io.cloudevents.CloudEvent> released(ConsumerTask<String, CloudEvent> out, String code) {
        return CloudEventKafka.ofType(out, QueueEventType.VEHICLE_RELEASED.type()).stream().filter(e -> code.equals(e.getSubject())).toList();
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_the_consumer_goes_on() {
        try (ConsumerTask<String, byte[]> dead = CloudEventKafka.on(bootstrap).consume(byte[].class).fromTopics("queue.dead-letter")) {
            CloudEventKafka.publishRaw(bootstrap, Topics.CLEARANCE_DECLARATION, "poison",
                    "this is not a cloud event".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(30)).until(() -> dead.getRecords().stream().anyMatch(r -> "poison".equals(r.key())));
        }
        a_consignment_cleared_before_the_vehicle_arrives_releases_it_once_at_gate_in_even_when_delivered_twice();
    }

    /** The annotation names only what cannot be configured; the numbers come from application.properties. */
    @Test
    void the_retry_of_the_consumer_is_configured_in_application_properties() throws Exception {
        FaultToleranceOperation operation = faultTolerance.get(ClearanceEventsConsumer.class,
                ClearanceEventsConsumer.class.getMethod("on", ConsumerRecord.class));
        assertThat(operation.getRetry().maxRetries()).isEqualTo(30);
        assertThat(operation.getRetry().delay()).isEqualTo(200);
        assertThat(operation.getRetry().maxDuration()).isEqualTo(10);
        assertThat(operation.getRetry().durationUnit()).isEqualTo(java.time.temporal.ChronoUnit.MINUTES);
        assertThat(operation.getExponentialBackoff().maxDelay()).isEqualTo(30_000);
    }
}
