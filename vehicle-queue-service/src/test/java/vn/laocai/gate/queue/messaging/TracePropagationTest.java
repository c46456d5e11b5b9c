package vn.laocai.gate.queue.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One truck's journey is one trace: the W3C trace context of the request or event that caused a
 * change travels through the outbox to the Kafka record of the event it published.
 */
@QuarkusTest
class TracePropagationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void an_event_recorded_by_a_request_carries_the_requests_trace_id_in_its_kafka_headers() {
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        String plate = BookingMother.uniquePlate();

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            String code = given().auth().oauth2(BookingMother.token("driver-trace", "driver"))
                    .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                    .contentType(ContentType.JSON).body(BookingMother.bookingJson(plate))
                    .when().post("/api/bookings")
                    .then().statusCode(201).extract().path("code");

            ConsumerRecord<String, CloudEvent> booked = await().atMost(Duration.ofSeconds(20))
                    .until(() -> find(out, code, QueueEventType.CROSSING_BOOKED), Optional::isPresent).orElseThrow();
            String traceparent = header(booked, "traceparent");
            assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            assertThat(traceIdOf(traceparent)).isEqualTo(traceId);
            assertThat(traceparent.split("-")[2]).as("a span of the service's own, not the caller's")
                    .isNotEqualTo(callerSpanId);
        }
    }

    @Test
    void an_event_consumed_with_a_traceparent_leads_to_an_event_published_onward_in_the_same_trace() throws Exception {
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("driver-trace-2", BookingMother.bookingJson(plate, Instant.now(), "EXPORT", "PERISHABLE"));
        String traceId = randomHex(16);
        String declarationId = UUID.randomUUID().toString();

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            YardMother.checkInByPlate(plate);
            ConsumerRecord<String, CloudEvent> checkedIn = await().atMost(Duration.ofSeconds(20))
                    .until(() -> find(out, code, QueueEventType.VEHICLE_CHECKED_IN), Optional::isPresent).orElseThrow();

            // clearance-service's outbox relay would send this: a durian declaration makes the waiting truck a perishable
            publishWithTraceparent(Topics.CLEARANCE_DECLARATION, declarationId, ClearanceEventType.DECLARATION_SUBMITTED.type(),
                    EventCodec.encode(YardMother.durianDeclaration(declarationId, code)),
                    "00-" + traceId + "-" + randomHex(8) + "-01");

            ConsumerRecord<String, CloudEvent> reordered = await().atMost(Duration.ofSeconds(20))
                    .until(() -> find(out, code, QueueEventType.VEHICLE_REORDERED), Optional::isPresent).orElseThrow();
            assertThat(traceIdOf(header(reordered, "traceparent"))).isEqualTo(traceId);
            assertThat(traceIdOf(header(checkedIn, "traceparent"))).as("the check-in was a journey step of its own")
                    .isNotEqualTo(traceId);
        }
    }

    @Test
    void an_event_consumed_without_trace_headers_is_still_applied_and_its_consequence_published() {
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("driver-trace-3", BookingMother.bookingJson(plate, Instant.now(), "EXPORT", "PERISHABLE"));
        String declarationId = UUID.randomUUID().toString();

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            YardMother.checkInByPlate(plate);
            YardMother.publish(bootstrap, ClearanceEventType.DECLARATION_SUBMITTED, declarationId,
                    YardMother.durianDeclaration(declarationId, code));
            ConsumerRecord<String, CloudEvent> reordered = await().atMost(Duration.ofSeconds(20))
                    .until(() -> find(out, code, QueueEventType.VEHICLE_REORDERED), Optional::isPresent).orElseThrow();
            assertThat(header(reordered, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        }
    }

    private static Optional<ConsumerRecord<String, CloudEvent>> find(ConsumerTask<String, CloudEvent> out, String code, QueueEventType type) {
        return out.getRecords().stream()
                .filter(r -> code.equals(r.key()) && type.type().equals(r.value().getType()))
                .findFirst();
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name + " of " + record.topic() + "@" + record.offset()).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String traceIdOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C calls invalid
        return HexFormat.of().formatHex(random);
    }

    /** Publishes a binary-mode CloudEvent with a W3C traceparent header, as another service's outbox relay does. */
    private void publishWithTraceparent(String topic, String key, String type, byte[] data, String traceparent) throws Exception {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString()).withType(type).withSource(URI.create("https://gate.laocai.vn/test"))
                .withSubject(key).withTime(OffsetDateTime.now()).withDataContentType("application/json").withData(data)
                .build();
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(topic, key, event);
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new CloudEventSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }
}
