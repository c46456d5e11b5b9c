package vn.laocai.gate.clearance.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.application.PendingBookingLinks;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.ConsignmentHoldLifted;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.SHARE_CODE;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.answer;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.declarationWithShareCodes;
import static vn.laocai.gate.clearance.DeclarationMother.newBookingCode;
import static vn.laocai.gate.clearance.DeclarationMother.publishBooking;
import static vn.laocai.gate.clearance.DeclarationMother.publishConsent;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;
import static vn.laocai.gate.clearance.DeclarationMother.uploadFruitDocumentsButPhyto;

/**
 * A declaration for a booking clearance has not heard of yet (the broker late or down) is accepted with
 * its link pending, against the real database and broker, and settles when the queue's events arrive.
 */
@QuarkusTest
class PendingBookingLinkTest {

    static final String TRADER = "trader-lan";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    PendingBookingLinks pendingLinks;

    static Response declare(String body) {
        return given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON).body(body).when().post("/api/declarations");
    }

    /** Declares on a booking nobody announced yet: accepted at once, its link pending. */
    static String declarePending(String number, String booking) {
        Response response = declare(declarationWithShareCodes(number, booking, "[\"" + SHARE_CODE + "\"]"));
        response.then().statusCode(201);
        assertThat(response.jsonPath().getString("links[0].state")).isEqualTo("PENDING");
        return response.path("id");
    }

    static JsonPath tracking(String id) {
        return given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking")
                .then().statusCode(200).extract().jsonPath();
    }

    static List<String> openHolds(JsonPath view) {
        return view.getList("holds.findAll { it.open }.step", String.class);
    }

    @Test
    void a_declaration_before_its_booking_is_accepted_pending_not_ready_and_linked_when_crossing_booked_arrives() {
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.CLEARANCE_DECLARATION)) {
            String booking = newBookingCode();
            String number = declarationNumber();
            String id = declarePending(number, booking);

            var tracked = tracking(id);
            assertThat(tracked.getList("pendingBookings", String.class)).containsExactly(booking);
            assertThat(tracked.getString("links[0].state")).isEqualTo("PENDING");
            assertThat(tracked.getString("blockingStep")).isEqualTo("BOOKING_LINK_PENDING");
            given().auth().oauth2(token("hq-1", "customs-officer")).when().get("/api/declarations/" + id).then().statusCode(200)
                    .body("links[0].state", org.hamcrest.Matchers.equalTo("PENDING"))
                    .body("links[0].consentId", org.hamcrest.Matchers.nullValue());

            // everything else done: still not ready while the link is pending
            uploadFruitDocumentsButPhyto(id, TRADER);
            upload(id, TRADER, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-777", PDF, "application/pdf").then().statusCode(201);
            answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED,
                    new CustomsChannelAssigned(id, 1, number, "GREEN", "VNACCS-1", Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> "IN_CLEARANCE".equals(read(id, TRADER).getString("status")));
            var waiting = read(id, TRADER);
            assertThat(waiting.getBoolean("readyForGate")).isFalse();
            assertThat(openHolds(waiting)).containsExactly("BOOKING_LINK_PENDING");

            publishBooking(bootstrap, booking, "EXPORT");
            String consentId = publishConsent(bootstrap, booking, SHARE_CODE);

            await().atMost(Duration.ofSeconds(30)).until(() -> read(id, TRADER).getBoolean("readyForGate"));
            var linked = read(id, TRADER);
            assertThat(linked.getString("links[0].state")).isEqualTo("LINKED");
            assertThat(linked.getString("links[0].consentId")).isEqualTo(consentId);
            assertThat(openHolds(linked)).isEmpty();
            assertThat(tracking(id).getList("timeline.step", String.class)).containsOnlyOnce("BOOKING_LINKED");

            await().atMost(Duration.ofSeconds(20)).until(() -> !ofType(out, id, ClearanceEventType.CONSIGNMENT_READY_FOR_GATE).isEmpty());
            assertThat(ofType(out, id, ClearanceEventType.CONSIGNMENT_READY_FOR_GATE)).hasSize(1);
            assertThat(ofType(out, id, ClearanceEventType.CONSIGNMENT_HOLD_LIFTED).stream()
                    .map(e -> (ConsignmentHoldLifted) EventCodec.decode(e.getType(), e.getData().toBytes()))
                    .filter(e -> "BOOKING_LINK_PENDING".equals(e.step()))).hasSize(1);
            CloudEvent submitted = ofType(out, id, ClearanceEventType.DECLARATION_SUBMITTED).get(0);
            EventSchemaAssert.assertConforms(submitted.getType(), submitted.getData().toBytes());
            DeclarationSubmitted first = (DeclarationSubmitted) EventCodec.decode(submitted.getType(), submitted.getData().toBytes());
            assertThat(first.consentIds()).as("the consent was not known yet").isEqualTo(Arrays.asList((String) null));
        }
    }

    @Test
    void a_consent_arriving_wrong_refuses_the_link_naming_its_field_and_the_trader_names_another_booking() {
        String booking = newBookingCode();
        String number = declarationNumber();
        publishBooking(bootstrap, booking, "EXPORT");
        String id = declarePending(number, booking);

        publishConsent(bootstrap, booking, "AAAA-BBBB");

        await().atMost(Duration.ofSeconds(30)).until(() -> "REFUSED".equals(read(id, TRADER).getString("links[0].state")));
        var tracked = tracking(id);
        assertThat(tracked.getString("links[0].field")).isEqualTo("bookingCodes[0]");
        assertThat(tracked.getString("links[0].refusalRule")).isEqualTo("booking-consent-required");
        assertThat(tracked.getString("links[0].refusalReason")).isEqualTo("bookingCodes[0]: the driver's consent is needed to link "
                + "a consignment to " + booking + "; ask the driver for the booking's share code");
        assertThat(tracked.getList("pendingBookings", String.class)).isEmpty();
        assertThat(tracked.getBoolean("readyForGate")).isFalse();
        assertThat(tracked.getList("openHolds.step", String.class)).contains("BOOKING_LINK_REFUSED").doesNotContain("BOOKING_LINK_PENDING");

        String another = announceBooking(bootstrap, "EXPORT");
        given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON)
                .body(declarationWithShareCodes(number, another, "[\"" + SHARE_CODE + "\"]"))
                .when().put("/api/declarations/" + id).then().statusCode(200)
                .body("links[0].bookingCode", org.hamcrest.Matchers.equalTo(another))
                .body("links[0].state", org.hamcrest.Matchers.equalTo("LINKED"));
        assertThat(openHolds(read(id, TRADER))).doesNotContain("BOOKING_LINK_REFUSED", "BOOKING_LINK_PENDING");
    }

    @Test
    void a_booking_never_heard_of_is_refused_once_the_wait_ran_out_and_a_malformed_code_is_refused_at_once() {
        String booking = newBookingCode();
        String id = declarePending(declarationNumber(), booking);
        Instant named = Instant.parse(read(id, TRADER).getString("links[0].namedAt"));

        pendingLinks.expireAt(named.plus(Duration.ofHours(2)).minusSeconds(1));
        assertThat(read(id, TRADER).getString("links[0].state")).isEqualTo("PENDING");

        assertThat(pendingLinks.expireAt(named.plus(Duration.ofHours(2)))).isPositive();
        var refused = read(id, TRADER);
        assertThat(refused.getString("links[0].state")).isEqualTo("REFUSED");
        assertThat(refused.getString("links[0].refusalRule")).isEqualTo("booking-not-heard");
        assertThat(refused.getString("links[0].refusalReason")).startsWith("bookingCodes[0]: nothing was heard of booking " + booking)
                .contains("PT2H");
        assertThat(openHolds(refused)).contains("BOOKING_LINK_REFUSED");
        assertThat(tracking(id).getList("timeline.step", String.class)).containsOnlyOnce("BOOKING_LINK_REFUSED");

        declare(declarationWithShareCodes(declarationNumber(), "KT2-??", "[\"" + SHARE_CODE + "\"]")).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("bookingCodes[0]"));
    }

    static List<CloudEvent> ofType(ConsumerTask<String, CloudEvent> out, String id, ClearanceEventType type) {
        return CloudEventKafka.ofType(out, type.type()).stream().filter(e -> id.equals(e.getSubject())).toList();
    }
}
