package vn.laocai.gate.queue.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.events.BookingBlockLifted;
import vn.laocai.gate.events.BookingBlocked;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.queue.application.PenaltyService;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Fair penalties through REST against the real PostgreSQL, with eCherha's rule (2 no-shows or 2 late cancellations
 * within 30 days block for 14 days): the block refused on booking with why and until when, the person's standing, an
 * officer lifting it with a reason into the audit trail. The no-shows are the sweep's call for each booking it marks
 * ({@link PenaltyService#noShow}): the sweep itself would mark every other test's missed booking too.
 */
@QuarkusTest
@TestProfile(PenaltiesTest.ECherhaRule.class)
class PenaltiesTest {

    public static class ECherhaRule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gate.queue.penalties.no-shows", "2", "gate.queue.penalties.late-cancellations", "2");
        }
    }

    @Inject
    PenaltyService penalties;

    @Inject
    BookingService bookings;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static final String SUPERVISOR = BookingMother.token("boss", "supervisor");

    @Test
    void two_no_shows_block_the_account_and_the_vehicle_until_an_officer_lifts_it_with_a_reason() {
        String account = "driver-pen-" + UUID.randomUUID().toString().substring(0, 8);
        String token = BookingMother.token(account, "driver");
        String plate = BookingMother.uniquePlate();
        Instant slot = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        String first = BookingMother.bookJson(account, BookingMother.bookingJson(plate, slot, "EXPORT", "GENERAL"));
        String second = BookingMother.bookJson(account, BookingMother.bookingJson(plate, slot.plus(Duration.ofHours(6)), "EXPORT", "GENERAL"));

        assertThat(penalties.noShow(bookings.find(first).orElseThrow(), Instant.now())).isFalse();
        // the sweep seeing the same no-show again counts it once
        assertThat(penalties.noShow(bookings.find(first).orElseThrow(), Instant.now())).isFalse();
        given().auth().oauth2(token).get("/api/standing").then().statusCode(200)
                .body("subject", equalTo("account:" + account)).body("noShows", equalTo(1)).body("noShowLimit", equalTo(2))
                .body("blocked", equalTo(false));
        assertThat(penalties.noShow(bookings.find(second).orElseThrow(), Instant.now())).isTrue();

        Instant until = Instant.now().plus(Duration.ofDays(14));
        String blockedUntil = given().auth().oauth2(token).get("/api/standing").then().statusCode(200)
                .body("noShows", equalTo(2)).body("blocked", equalTo(true)).body("block.cause", equalTo("NO_SHOW"))
                .extract().path("blockedUntil");
        assertThat(Duration.between(Instant.parse(blockedUntil), until).abs()).isLessThan(Duration.ofMinutes(1));
        given().auth().oauth2(token).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(BookingMother.uniquePlate(), slot.plus(Duration.ofDays(1)), "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(422)
                .body("type", equalTo("https://gate.laocai.vn/problems/booking-blocked"))
                .body("detail", startsWith("this account may not book until ")).body("detail", containsString("2 bookings without the vehicle coming"));
        // the vehicle is blocked too, whoever books it
        given().auth().oauth2(BookingMother.token(account + "-other", "driver")).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(plate, slot.plus(Duration.ofDays(3)), "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(422)
                .body("type", equalTo("https://gate.laocai.vn/problems/booking-blocked")).body("violations.field", hasItem("plate"));

        Number id = given().auth().oauth2(YardMother.officer()).get("/api/booking-blocks").then().statusCode(200)
                .body("find { it.subject == 'account:" + account + "' }.strikes", equalTo(2))
                .extract().path("find { it.subject == 'account:" + account + "' }.id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reason\": \"mine\"}")
                .when().post("/api/booking-blocks/" + id + "/lift").then().statusCode(403);
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .when().post("/api/booking-blocks/" + id + "/lift").then().statusCode(400).body("violations.field", hasItem("reason"));
        String reason = "Truck broke down on QL70, garage invoice seen";
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"reason\": \"" + reason + "\"}")
                .when().post("/api/booking-blocks/" + id + "/lift").then().statusCode(200)
                .body("liftedBy", equalTo(YardMother.OFFICER)).body("liftReason", equalTo(reason)).body("liftedAt", notNullValue());
        given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"reason\": \"" + reason + "\"}")
                .when().post("/api/booking-blocks/" + id + "/lift").then().statusCode(409)
                .body("type", equalTo("https://gate.laocai.vn/problems/block-not-active"));
        given().auth().oauth2(SUPERVISOR).queryParam("action", "BOOKING_BLOCK_LIFTED").queryParam("subject", "account:" + account)
                .when().get("/api/audit").then().statusCode(200)
                .body("[0].actor", equalTo(YardMother.OFFICER)).body("[0].reason", equalTo(reason));
        given().auth().oauth2(SUPERVISOR).queryParam("action", "BOOKING_BLOCKED").queryParam("subject", "account:" + account)
                .when().get("/api/audit").then().statusCode(200).body("[0].reason", equalTo("NO_SHOW"));

        // lifted: the account books again, and what led to the block counts no more
        given().auth().oauth2(token).get("/api/standing").then().statusCode(200)
                .body("blocked", equalTo(false)).body("noShows", equalTo(0)).body("block", nullValue());
        BookingMother.bookJson(account, BookingMother.bookingJson(BookingMother.uniquePlate(), slot.plus(Duration.ofDays(1)), "EXPORT", "GENERAL"));
    }

    @Test
    void two_cancellations_close_to_their_slot_block_the_account_an_early_one_does_not() {
        String account = "driver-late-" + UUID.randomUUID().toString().substring(0, 8);
        String token = BookingMother.token(account, "driver");
        Instant soon = Instant.now().plus(Duration.ofMinutes(30));
        Instant farOff = Instant.now().plus(Duration.ofDays(3));
        for (Instant arrival : new Instant[] {farOff, soon, soon.plus(Duration.ofHours(5))}) {
            if (arrival != farOff) {
                YardMother.roomToday("EXPORT");
            }
            String code = BookingMother.bookJson(account, BookingMother.bookingJson(BookingMother.uniquePlate(), arrival, "EXPORT", "GENERAL"));
            given().auth().oauth2(token).when().delete("/api/bookings/" + code).then().statusCode(200);
            if (arrival == soon) {
                given().auth().oauth2(token).get("/api/standing").then().body("lateCancellations", equalTo(1)).body("blocked", equalTo(false));
                // a booking 5 h away, cancelled now, is not late: book one closer for the second late cancellation
            }
        }
        given().auth().oauth2(token).get("/api/standing").then().statusCode(200).body("lateCancellations", equalTo(1));
        String code = BookingMother.bookJson(account, BookingMother.bookingJson(BookingMother.uniquePlate(), soon.plus(Duration.ofMinutes(20)), "EXPORT", "GENERAL"));
        given().auth().oauth2(token).when().delete("/api/bookings/" + code).then().statusCode(200);
        given().auth().oauth2(token).get("/api/standing").then().statusCode(200)
                .body("lateCancellations", equalTo(2)).body("blocked", equalTo(true)).body("block.cause", equalTo("LATE_CANCELLATION"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(BookingMother.bookingJson(BookingMother.uniquePlate(), farOff, "EXPORT", "GENERAL"))
                .when().post("/api/bookings").then().statusCode(422).body("type", equalTo("https://gate.laocai.vn/problems/booking-blocked"));
    }

    @Test
    void the_second_no_show_publishes_the_block_with_why_and_until_when_and_the_lift_with_its_reason() {
        String account = "driver-told-" + UUID.randomUUID().toString().substring(0, 8);
        String plate = BookingMother.uniquePlate();
        Instant slot = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        String first = BookingMother.bookJson(account, BookingMother.bookingJson(plate, slot, "EXPORT", "GENERAL"));
        String second = BookingMother.bookJson(account, BookingMother.bookingJson(plate, slot.plus(Duration.ofHours(6)), "EXPORT", "GENERAL"));
        String subject = "account:" + account;

        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.QUEUE_BOOKING)) {
            assertThat(penalties.noShow(bookings.find(first).orElseThrow(), Instant.now())).isFalse();
            assertThat(penalties.noShow(bookings.find(second).orElseThrow(), Instant.now())).isTrue();
            Instant until = Instant.now().plus(Duration.ofDays(14));

            await().atMost(Duration.ofSeconds(20)).until(() -> blockEvents(out, BookingBlocked.class).stream()
                    .anyMatch(e -> e.subject().startsWith("plate:") && e.bookingCodes().contains(first)) && blockEvents(out, BookingBlocked.class).stream()
                    .anyMatch(e -> e.subject().equals(subject)));
            BookingBlocked blocked = blockEvents(out, BookingBlocked.class).stream().filter(e -> e.subject().equals(subject))
                    .findFirst().orElseThrow();
            assertThat(blocked.cause()).isEqualTo("NO_SHOW");
            assertThat(blocked.strikes()).isEqualTo(2);
            assertThat(blocked.windowDays()).isEqualTo(30);
            assertThat(blocked.bookingCodes()).containsExactly(first, second);
            assertThat(Duration.between(blocked.blockedUntil(), until).abs()).isLessThan(Duration.ofMinutes(1));
            assertThat(out.getRecords().stream().filter(r -> r.value().getType().endsWith(".BookingBlocked"))
                    .filter(r -> r.key().equals("block:" + blocked.blockId())).count()).isEqualTo(1);
            assertThat(blockEvents(out, BookingBlockLifted.class)).noneMatch(e -> e.subject().equals(subject));

            String reason = "Truck broke down on QL70, garage invoice seen";
            given().auth().oauth2(YardMother.officer()).contentType(ContentType.JSON).body("{\"reason\": \"" + reason + "\"}")
                    .when().post("/api/booking-blocks/" + blocked.blockId() + "/lift").then().statusCode(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> blockEvents(out, BookingBlockLifted.class).stream()
                    .anyMatch(e -> e.blockId().equals(blocked.blockId())));
            BookingBlockLifted lifted = blockEvents(out, BookingBlockLifted.class).stream()
                    .filter(e -> e.blockId().equals(blocked.blockId())).findFirst().orElseThrow();
            assertThat(lifted.reason()).isEqualTo(reason);
            assertThat(lifted.liftedBy()).isEqualTo(YardMother.OFFICER);
            assertThat(lifted.subject()).isEqualTo(subject);
            assertThat(lifted.bookingCodes()).containsExactly(first, second);
            assertThat(lifted.blockedUntil()).isEqualTo(blocked.blockedUntil());
        }
    }

    private static <T extends GateEvent> List<T> blockEvents(ConsumerTask<String, CloudEvent> out, Class<T> type) {
        return out.getRecords().stream().filter(r -> r.value().getType().endsWith("." + type.getSimpleName()))
                .peek(r -> EventSchemaAssert.assertConforms(r.value().getType(), r.value().getData().toBytes()))
                .map(r -> EventCodec.decode(r.value().getType(), r.value().getData().toBytes())).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
