package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.BorderCheckCompleted;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.HandoffDelayed;
import vn.laocai.gate.events.HandoffOverdue;
import vn.laocai.gate.events.QuarantineResultReceived;
import vn.laocai.gate.events.QueueEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.infra.CloudEventKafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.answer;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** What the queue and the agency systems tell clearance over Kafka, applied once and per booking. */
@QuarkusTest
class AgencyAndQueueEventsTest {

    static final String TRADER = "trader-lan";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static void queue(String bootstrap, String booking, String eventId, QueueEventType type, vn.laocai.gate.events.GateEvent event) {
        CloudEventKafka.publish(bootstrap, Topics.QUEUE_BOOKING, booking, eventId, type.type(), EventCodec.encode(event));
    }

    static List<String> timeline(String id) {
        return given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/timeline")
                .then().statusCode(200).extract().path("step");
    }

    @Test
    void the_vehicle_and_its_border_check_show_on_the_consignment_once() {
        String id = submit(bootstrap, TRADER);
        String booking = read(id, TRADER).getString("bookingCodes[0]");
        String checkIn = UUID.randomUUID().toString();
        VehicleCheckedIn checkedIn = new VehicleCheckedIn(booking, "24C12345", "EXPORT", "PERISHABLE", Instant.now());
        queue(bootstrap, booking, checkIn, QueueEventType.VEHICLE_CHECKED_IN, checkedIn);
        queue(bootstrap, booking, checkIn, QueueEventType.VEHICLE_CHECKED_IN, checkedIn);
        queue(bootstrap, booking, UUID.randomUUID().toString(), QueueEventType.BOOKING_AMENDED,
                new BookingAmended(booking, 2, "24C12345", null, "Hoàng Văn Bình", "VN", null, Instant.now(),
                        Instant.now().plusSeconds(3600), "Driver changed after a breakdown", Instant.now()));
        answer(bootstrap, booking, CustomsEventType.BORDER_CHECK_COMPLETED,
                new BorderCheckCompleted(booking, "24C12345", "CLEARED", null, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(timeline(id)).contains("VEHICLE_CHECKED_IN", "BOOKING_AMENDED", "BORDER_CHECK_CLEARED"));
        assertThat(timeline(id)).filteredOn("VEHICLE_CHECKED_IN"::equals).hasSize(1);
        assertThat(read(id, TRADER).getList("steps.findAll { it.step == 'BORDER_GUARD' }.decidedThrough", String.class))
                .containsExactly("AGENCY_SYSTEM");
    }

    @Test
    void a_waiting_system_and_a_quarantine_answer_show_on_the_case() {
        String id = submit(bootstrap, TRADER);
        answer(bootstrap, id, CustomsEventType.HANDOFF_DELAYED,
                new HandoffDelayed(id, 1, "VNACCS", "VNACCS unavailable (HTTP 503)", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking")
                        .then().statusCode(200).body("waitingFor", equalTo("VNACCS")));

        answer(bootstrap, id, CustomsEventType.QUARANTINE_RESULT_RECEIVED,
                new QuarantineResultReceived(id, 1, "PLANT_ANIMAL", "SAMPLE", null, "Sample taken for the laboratory", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(read(id, TRADER).getList("steps.findAll { it.step == 'PLANT_QUARANTINE' }.state", String.class))
                        .containsExactly("SAMPLE_TAKEN"));
    }

    @Test
    void a_lost_handoff_escalated_to_the_officers_shows_on_the_trader_tracking_and_holds_customs() {
        String id = submit(bootstrap, TRADER);
        Instant since = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        answer(bootstrap, id, CustomsEventType.HANDOFF_OVERDUE, new HandoffOverdue(id, 1, "VNACCS", "VNACCS-8FEDDE3178EF",
                "LOST", "ESCALATED", "VNACCS answered 404: no declaration lodged as VNACCS-8FEDDE3178EF", since));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking")
                        .then().statusCode(200).body("waitingFor", equalTo("VNACCS"))
                        .body("openHolds.step", hasItem("CUSTOMS"))
                        .body("timeline.findAll { it.step == 'HANDOFF_LOST' }.detail[0]",
                                containsString("overdue since " + since)));
    }

    @Test
    void a_cancelled_booking_holds_its_consignment() {
        String id = submit(bootstrap, TRADER);
        String booking = read(id, TRADER).getString("bookingCodes[0]");
        queue(bootstrap, booking, UUID.randomUUID().toString(), QueueEventType.BOOKING_CANCELLED,
                new BookingCancelled(booking, "24C12345", "NO_SHOW", null, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(read(id, TRADER).getList("holds.step", String.class)).contains("BOOKINGS"));
    }
}
