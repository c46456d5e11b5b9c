package vn.laocai.gate.customs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.customs.support.Declarations;
import vn.laocai.gate.customs.support.FakeVnaccs;
import vn.laocai.gate.customs.support.FakeVnaccsResource;
import vn.laocai.gate.customs.support.GateKafka;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.security.Roles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The handoff end to end inside the adapter, against the real PostgreSQL and Kafka and a fake VNACCS:
 * declaration event in, one submission out, answers in (repeated, out of order, or only by polling),
 * exactly one CustomsChannelAssigned and one CustomsReleased out.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "customs_adapter"),
        @ResourceArg(name = "topics", value = "customs.dead-letter")})
@QuarkusTestResource(FakeVnaccsResource.class)
class CustomsHandoffFlowTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String AGENCY = EmbeddedInfraTestResource.identity().token("vnaccs", Roles.AGENCY_SYSTEM);
    static final String OFFICER = EmbeddedInfraTestResource.identity().token("officer", Roles.CUSTOMS_OFFICER);

    static FakeVnaccs vnaccs;
    static GateKafka.Probe handoffEvents;
    static GateKafka.Probe deadLetters;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        vnaccs = FakeVnaccs.get();
        handoffEvents = new GateKafka.Probe(Topics.CUSTOMS_HANDOFF);
        deadLetters = new GateKafka.Probe("customs.dead-letter");
    }

    @AfterAll
    static void stop() {
        if (handoffEvents != null) {
            handoffEvents.close();
        }
        if (deadLetters != null) {
            deadLetters.close();
        }
    }

    @AfterEach
    void agencyUp() {
        vnaccs.down(false);
    }

    @Test
    void a_declaration_is_submitted_once_and_its_answers_become_one_event_each() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);

        String reference = awaitSubmitted(d);
        assertThat(vnaccs.requestsFor(d.declarationId())).hasSize(1);
        var submission = vnaccs.requestsFor(d.declarationId()).get(0).body();
        assertThat(submission.path("customsDeclarationNumber").asText()).isEqualTo(d.customsDeclarationNumber());
        assertThat(submission.path("goodsItems").get(0).path("hsCode").asText()).isEqualTo("08106000");
        assertThat(submission.path("declarant").path("taxCode").asText()).isEqualTo(d.declarantTaxCode());

        String channelId = UUID.randomUUID().toString();
        String releaseId = UUID.randomUUID().toString();
        String channel = Declarations.answer(channelId, reference, d, "CHANNEL_ASSIGNED", "GREEN", "2026-06-15T01:30:02Z");
        String release = Declarations.answer(releaseId, reference, d, "RELEASED", "GREEN", "2026-06-15T01:30:05Z");
        String releaseResent = Declarations.answer(UUID.randomUUID().toString(), reference, d, "RELEASED", "GREEN",
                "2026-06-15T01:30:05Z");

        assertThat(postAnswer(release)).isEqualTo("APPLIED");
        assertThat(postAnswer(release)).isEqualTo("DUPLICATE");
        assertThat(handoffOf(d).getBoolean("[0].releaseHeld")).isTrue();
        assertThat(postAnswer(channel)).isEqualTo("APPLIED");
        assertThat(postAnswer(channel)).isEqualTo("DUPLICATE");
        assertThat(postAnswer(releaseResent)).isEqualTo("APPLIED");

        List<ConsumerRecord<String, byte[]>> events = awaitExactly(handoffEvents, d.declarationId(), 2);
        assertThat(events).extracting(r -> GateKafka.Probe.header(r, "ce_type")).containsExactly(
                CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED.type(), CustomsEventType.CUSTOMS_RELEASED.type());
        events.forEach(r -> EventSchemaAssert.assertConforms(GateKafka.Probe.header(r, "ce_type"), r.value()));
        CustomsChannelAssigned assigned = (CustomsChannelAssigned) EventCodec.decode(
                CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED.type(), events.get(0).value());
        CustomsReleased released = (CustomsReleased) EventCodec.decode(CustomsEventType.CUSTOMS_RELEASED.type(), events.get(1).value());
        assertThat(assigned.channel()).isEqualTo("GREEN");
        assertThat(assigned.agencyReference()).isEqualTo(reference);
        assertThat(assigned.customsDeclarationNumber()).isEqualTo(d.customsDeclarationNumber());
        assertThat(released.releasedAt()).isEqualTo("2026-06-15T01:30:05Z");

        JsonPath handoff = handoffOf(d);
        assertThat(handoff.getString("[0].state")).isEqualTo("RELEASED");
        assertThat(handoff.getString("[0].channel")).isEqualTo("GREEN");
        assertThat(handoff.getInt("[0].attempts")).isEqualTo(1);
        assertThat(vnaccs.requestsFor(d.declarationId())).hasSize(1);
    }

    @Test
    void a_redelivered_or_republished_declaration_gives_one_handoff() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        String eventId = UUID.randomUUID().toString();
        GateKafka.publish(eventId, d);
        GateKafka.publish(eventId, d);
        String republished = GateKafka.publish(d);

        await().atMost(WAIT).until(() -> processed(republished));
        awaitSubmitted(d);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> vnaccs.requestsFor(d.declarationId()).size() == 1);
        assertThat(handoffOf(d).getList("$")).hasSize(1);
    }

    @Test
    void while_customs_is_down_the_handoff_stays_pending_and_is_submitted_once_it_recovers() {
        vnaccs.down(true);
        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);

        await().atMost(WAIT).until(() -> {
            JsonPath h = handoffOf(d);
            return h.getList("$").size() == 1 && h.getInt("[0].attempts") >= 2;
        });
        JsonPath pending = handoffOf(d);
        assertThat(pending.getString("[0].state")).isEqualTo("PENDING");
        assertThat(pending.getString("[0].lastError")).isNotBlank();
        assertThat(pending.getString("[0].nextAttemptAt")).isNotBlank();

        vnaccs.down(false);
        awaitSubmitted(d);
        List<FakeVnaccs.Request> requests = vnaccs.requestsFor(d.declarationId());
        assertThat(requests).extracting(FakeVnaccs.Request::submissionId).containsOnly(handoffOf(d).getString("[0].id"));
        assertThat(requests).filteredOn(FakeVnaccs.Request::accepted).hasSize(1);
        assertThat(handoffOf(d).getString("[0].lastError")).isNull();
    }

    @Test
    void a_missed_callback_is_covered_by_polling() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);
        String reference = awaitSubmitted(d);

        vnaccs.publishAnswer(reference, Declarations.answer(UUID.randomUUID().toString(), reference, d,
                "CHANNEL_ASSIGNED", "RED", "2026-06-15T01:30:02Z"));
        vnaccs.publishAnswer(reference, Declarations.answer(UUID.randomUUID().toString(), reference, d,
                "RELEASED", "RED", "2026-06-15T03:10:00Z"));

        List<ConsumerRecord<String, byte[]>> events = awaitExactly(handoffEvents, d.declarationId(), 2);
        assertThat(events).extracting(r -> GateKafka.Probe.header(r, "ce_type")).containsExactly(
                CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED.type(), CustomsEventType.CUSTOMS_RELEASED.type());
        assertThat(handoffOf(d).getString("[0].state")).isEqualTo("RELEASED");
        assertThat(handoffOf(d).getString("[0].channel")).isEqualTo("RED");
    }

    @Test
    void unreadable_records_go_to_the_dead_letter_topic_and_consumption_goes_on() {
        String notCloudEvent = "poison-" + UUID.randomUUID();
        String unreadablePayload = "poison-" + UUID.randomUUID();
        GateKafka.publishRaw(Topics.CLEARANCE_DECLARATION, notCloudEvent, "{\"hello\":".getBytes(StandardCharsets.UTF_8));
        GateKafka.publishCloudEvent(Topics.CLEARANCE_DECLARATION, unreadablePayload, UUID.randomUUID().toString(),
                ClearanceEventType.DECLARATION_SUBMITTED.type(), "{\"version\":\"first\"}".getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> deadLetters.withKey(notCloudEvent).size() == 1
                && deadLetters.withKey(unreadablePayload).size() == 1);
        assertThat(new String(deadLetters.withKey(notCloudEvent).get(0).value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"hello\":");

        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);
        awaitSubmitted(d);
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where event_id = :id and consumer = 'customs-adapter'")
                .setParameter("id", eventId).getSingleResult()).intValue() == 1);
    }

    /** Waits until the declaration's handoff is SUBMITTED (or further); returns its agency reference. */
    private static String awaitSubmitted(DeclarationSubmitted d) {
        await().atMost(WAIT).until(() -> {
            JsonPath h = handoffOf(d);
            return h.getList("$").size() == 1 && !"PENDING".equals(h.getString("[0].state"));
        });
        JsonPath h = handoffOf(d);
        assertThat(h.getString("[0].state")).isIn("SUBMITTED", "CHANNEL_ASSIGNED", "RELEASED");
        assertThat(vnaccs.referenceFor(d.declarationId())).contains(h.getString("[0].agencyReference"));
        return h.getString("[0].agencyReference");
    }

    private static List<ConsumerRecord<String, byte[]>> awaitExactly(GateKafka.Probe probe, String key, int count) {
        await().atMost(WAIT).until(() -> probe.withKey(key).size() >= count);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> probe.withKey(key).size() == count);
        return probe.withKey(key);
    }

    private static JsonPath handoffOf(DeclarationSubmitted d) {
        return given().auth().oauth2(OFFICER).queryParam("declarationId", d.declarationId())
                .when().get("/api/handoffs")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String postAnswer(String json) {
        return given().auth().oauth2(AGENCY).contentType(ContentType.JSON).body(json)
                .when().post("/api/agency-answers/customs")
                .then().statusCode(200).extract().path("outcome");
    }
}
