package vn.laocai.gate.support.outbox;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The names an event is published under; the producer is never asked to send. */
class CloudEventPublisherTest {

    private final CloudEventPublisher publisher = new CloudEventPublisher(
            Map.of("bootstrap.servers", "127.0.0.1:9"), OpenTelemetry.noop(), "vehicle-queue-service", 1000);

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void publishes_under_the_names_of_the_project_domain() {
        CloudEvent event = publisher.toCloudEvent(message("vn.laocai.gate.queue.GateReopened"));

        assertThat(event.getType()).isEqualTo("vn.laocai.gate.queue.GateReopened");
        assertThat(event.getSource()).isEqualTo(URI.create("https://gate.laocai.vn/vehicle-queue-service"));
        assertThat(event.getDataSchema()).isEqualTo(URI.create("https://gate.laocai.vn/schemas/events/GateReopened/1.json"));
    }

    @Test
    void a_row_recorded_under_the_type_of_before_goes_out_under_its_type_of_now() {
        CloudEvent event = publisher.toCloudEvent(message("vn.gate.queue.GateReopened"));

        assertThat(event.getType()).isEqualTo("vn.laocai.gate.queue.GateReopened");
        assertThat(event.getDataSchema()).isEqualTo(URI.create("https://gate.laocai.vn/schemas/events/GateReopened/1.json"));
    }

    private static OutboxMessage message(String type) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.eventType = type;
        message.topic = "queue.booking.events";
        message.aggregateId = "closure-1";
        message.occurredAt = Instant.parse("2026-06-15T09:30:00Z");
        message.payload = "{}";
        return message;
    }
}
