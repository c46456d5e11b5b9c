package vn.laocai.gate.queue.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.queue.application.CargoLinkSweep;
import vn.laocai.gate.queue.application.PenaltyService;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A booking declared as loaded without a declaration linked by the deadline before its slot is released by the sweep,
 * its cancellation published; one linked in time keeps its slot; against the real PostgreSQL and Kafka broker.
 */
@QuarkusTest
class CargoLinkReleaseTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CargoLinkSweep sweep;

    @Inject
    PenaltyService penalties;

    @Test
    void a_loaded_booking_without_a_declaration_is_released_at_the_deadline_and_one_linked_in_time_is_kept() {
        Instant arrival = Instant.now().plus(3, ChronoUnit.HOURS);
        String unlinked = BookingMother.bookJson("driver-nodecl",
                BookingMother.bookingJson(BookingMother.uniquePlate(), arrival, "EXPORT", "PERISHABLE"));
        String linked = BookingMother.bookJson("driver-decl",
                BookingMother.bookingJson(BookingMother.uniquePlate(), arrival, "EXPORT", "PERISHABLE"));
        String empty = BookingMother.bookJson("driver-empty",
                BookingMother.bookingJson(BookingMother.uniquePlate(), arrival, "IMPORT", "EMPTY"));
        String declarationId = UUID.randomUUID().toString();
        YardMother.publish(bootstrap, ClearanceEventType.DECLARATION_SUBMITTED, declarationId, YardMother.durianDeclaration(declarationId, linked));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(YardMother.officer())
                .get("/api/bookings/" + linked).then().body("clearance", equalTo("DECLARED")));

        var view = given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + unlinked).then().statusCode(200).extract();
        Instant slotStart = Instant.parse(view.path("arrivalWindowStart"));
        Instant bookedAt = Instant.parse(view.path("bookedAt"));
        // 2 h before the slot, but never sooner than 1 h after the booking; the other two were booked after it
        Instant deadline = java.util.Collections.max(java.util.List.of(slotStart.minus(Duration.ofHours(2)), bookedAt.plus(Duration.ofHours(1))));

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            sweep.sweep(deadline.minusSeconds(1));
            for (String code : new String[]{unlinked, linked, empty}) {
                given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + code).then().body("status", equalTo("BOOKED"));
            }

            assertThat(sweep.sweep(deadline)).isGreaterThanOrEqualTo(1);
            assertThat(sweep.sweep(deadline)).isZero();

            given().auth().oauth2(BookingMother.token("driver-nodecl", "driver")).header("Accept-Language", "en")
                    .get("/api/bookings/" + unlinked).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("NO_DECLARATION"))
                    .body("driverNotice", org.hamcrest.Matchers.startsWith("Cancelled: the booking was made for a loaded vehicle"));
            given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + linked).then()
                    .body("status", equalTo("BOOKED")).body("cancelReason", nullValue());
            given().auth().oauth2(YardMother.officer()).get("/api/bookings/" + empty).then().body("status", equalTo("BOOKED"));

            await().atMost(Duration.ofSeconds(20)).until(() -> CloudEventKafka.ofType(out, QueueEventType.BOOKING_CANCELLED.type()).stream()
                    .anyMatch(e -> unlinked.equals(e.getSubject())));
            CloudEvent event = CloudEventKafka.ofType(out, QueueEventType.BOOKING_CANCELLED.type()).stream()
                    .filter(e -> unlinked.equals(e.getSubject())).findFirst().orElseThrow();
            EventSchemaAssert.assertConforms(event.getType(), event.getData().toBytes());
            assertThat(((BookingCancelled) EventCodec.decode(event.getType(), event.getData().toBytes())).reason()).isEqualTo("NO_DECLARATION");
            assertThat(CloudEventKafka.ofType(out, QueueEventType.BOOKING_CANCELLED.type()).stream()
                    .filter(e -> linked.equals(e.getSubject()) || empty.equals(e.getSubject()))).isEmpty();
        }
        // released by the gate's rule, not given up by the driver: no late cancellation counts against them
        assertThat(penalties.standing("driver-nodecl", null).lateCancellations()).isZero();
    }
}
