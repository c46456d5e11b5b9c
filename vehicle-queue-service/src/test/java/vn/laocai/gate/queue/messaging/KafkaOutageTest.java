package vn.laocai.gate.queue.messaging;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.support.outbox.OutboxRelay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class KafkaOutageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    OutboxRelay relay;

    @Test
    void bookings_accepted_while_the_broker_is_down_are_published_once_when_it_returns() {
        List<String> codes = new ArrayList<>();
        EmbeddedInfraTestResource.stopKafka();
        try {
            // readiness tells the outage promptly, while bookings are still accepted
            await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/q/health/ready").statusCode() == 503);
            for (int i = 0; i < 5; i++) {
                codes.add(BookingMother.book("driver-outage", BookingMother.uniquePlate()));
            }
            // longer than a send may take (gate.outbox.send-timeout-ms in the test profile): the relay fails and retries
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8)).until(() -> relay.pending() >= 5);
        } finally {
            EmbeddedInfraTestResource.startKafka();
        }

        try (ConsumerTask<String, CloudEvent> events = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> codes.stream().allMatch(c -> booked(events, c) == 1));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> codes.stream().allMatch(c -> booked(events, c) == 1));
        }
        assertThat(codes).doesNotHaveDuplicates().hasSize(5);
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.pending() == 0);
        // consumption goes on after the outage, and readiness recovers with the broker
        String declarationId = UUID.randomUUID().toString();
        CloudEventKafka.publish(bootstrap, Topics.CLEARANCE_DECLARATION, declarationId, UUID.randomUUID().toString(),
                ClearanceEventType.CONSIGNMENT_CLEARED.type(), EventCodec.encode(
                        new ConsignmentCleared(declarationId, "305000000042", List.of(codes.get(0)), Instant.now())));
        String officer = BookingMother.token("officer-1", "gate-officer");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(officer)
                .get("/api/bookings/" + codes.get(0)).then().statusCode(200).body("clearance", equalTo("CLEARED")));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    private static long booked(ConsumerTask<String, CloudEvent> events, String code) {
        return CloudEventKafka.ofType(events, QueueEventType.CROSSING_BOOKED.type()).stream().filter(e -> code.equals(e.getSubject())).count();
    }
}
