package vn.laocai.gate.customs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
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
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffRepository;
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

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @Inject
    EntityManager em;

    @Inject
    vn.laocai.gate.customs.application.PersonalDataRetention retention;

    @Inject
    HandoffRepository handoffs;

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
    void a_handoff_being_sent_by_one_instance_is_not_claimed_by_another_when_its_agency_accepts_again() {
        // a handoff whose submission an instance has just begun, as that instance's claim leaves it
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Handoff h = Handoff.customs(id,
                    "claim-" + id, 1, "30" + (System.nanoTime() % 10_000_000_000L), "hash", "{}", now);
            assertThat(h.claim(now, Duration.ofSeconds(30))).isTrue();
            handoffs.add(h);
        });
        try {
            // another instance hears VNACCS accept again and makes everything waiting for it due at once
            QuarkusTransaction.requiringNew().run(() ->
                    handoffs.dueNow(AgencySystem.VNACCS, now.plusSeconds(1)));

            assertThat(claimable(now.plusSeconds(1))).as("claimable while its sender is sending").doesNotContain(id);
            assertThat(claimable(now.plusSeconds(31))).as("claimable once the claim has ended").contains(id);
        } finally {
            QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("delete from handoff where id = :id").setParameter("id", id).executeUpdate());
        }
    }

    /** The handoffs a dispatcher would claim at {@code at}, its rows locked only for the look. */
    private List<UUID> claimable(Instant at) {
        return QuarkusTransaction.requiringNew().call(() ->
                handoffs.lockDueForSubmission(at, 1000).stream().map(Handoff::id).toList());
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
        await().atMost(WAIT).until(() -> customsHandoffEvents(d).size() >= 2);
        List<ConsumerRecord<String, byte[]>> customs = customsHandoffEvents(d);
        assertThat(customs).extracting(r -> GateKafka.Probe.header(r, "ce_type")).containsExactly(
                CustomsEventType.HANDOFF_DELAYED.type(), CustomsEventType.HANDOFF_ACCEPTED.type());
        customs.forEach(r -> EventSchemaAssert.assertConforms(GateKafka.Probe.header(r, "ce_type"), r.value()));
    }

    @Test
    void a_document_only_amendment_is_not_submitted_again_and_each_certificate_is_verified_once() {
        DeclarationSubmitted v1 = Declarations.freshDurianExport();
        GateKafka.publish(v1);
        awaitSubmitted(v1);
        DeclarationSubmitted v2 = Declarations.nextVersion(v1, v1.goodsLines());
        GateKafka.publish(v2);
        String v3Event = GateKafka.publish(Declarations.nextVersion(v2, Declarations.heavier(v1.goodsLines())));

        await().atMost(WAIT).until(() -> processed(v3Event));
        await().atMost(WAIT).until(() -> handoffOf(v1).getList("$").size() == 2
                && !"PENDING".equals(handoffOf(v1).getString("[1].state")));
        assertThat(handoffOf(v1).getList("version", Integer.class)).containsExactly(1, 3);
        JsonPath all = allHandoffsOf(v1);
        assertThat(all.getList("findAll { it.agencySystem == 'NSW' }.key", String.class)).containsExactlyInAnyOrder(
                "PHYTOSANITARY_CERTIFICATE:VN-PHYTO-2026-118822", "CERTIFICATE_OF_ORIGIN:E2026-VN-0045123@9f86d081884c7d65");
        assertThat(all.getList("findAll { it.agencySystem == 'QUARANTINE' }")).hasSize(1);

        JsonPath exchanges = given().auth().oauth2(OFFICER).queryParam("declarationId", v1.declarationId())
                .when().get("/api/handoffs/exchanges").then().statusCode(200).extract().jsonPath();
        List<String> hashes = exchanges.getList("findAll { it.kind == 'SUBMISSION' && it.agencySystem == 'VNACCS' }.payloadSha256");
        List<String> payloads = exchanges.getList("findAll { it.kind == 'SUBMISSION' && it.agencySystem == 'VNACCS' }.payload");
        assertThat(hashes).hasSize(2);
        assertThat(hashes.get(0)).isEqualTo(vn.laocai.gate.customs.domain.Exchange.sha256(payloads.get(0)));
        assertThat(exchanges.getList("direction", String.class)).contains("OUT", "IN");
    }

    @Test
    void a_poison_record_is_parked_and_applied_once_when_replayed_with_a_fix() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        String eventId = UUID.randomUUID().toString();
        String broken = EventCodec.encodeToString(d).replace("\"version\":1", "\"version\":\"first\"");
        GateKafka.publishCloudEvent(Topics.CLEARANCE_DECLARATION, d.declarationId(), eventId,
                ClearanceEventType.DECLARATION_SUBMITTED.type(), broken.getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> deadLetters.withKey(d.declarationId()).size() == 1);
        ConsumerRecord<String, byte[]> parked = deadLetters.withKey(d.declarationId()).get(0);
        String supervisor = EmbeddedInfraTestResource.identity().token("sup", Roles.SUPERVISOR);

        given().auth().oauth2(supervisor).when().get("/api/dead-letters").then().statusCode(200)
                .body("findAll { it.eventId == '" + eventId + "' }.size()", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(supervisor).when().post("/api/dead-letters/" + parked.partition() + "/" + parked.offset() + "/replay")
                .then().statusCode(422);
        assertThat(handoffOf(d).getList("$")).isEmpty();

        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(EventCodec.encodeToString(d))
                .when().post("/api/dead-letters/" + parked.partition() + "/" + parked.offset() + "/replay")
                .then().statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("APPLIED"));
        awaitSubmitted(d);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(EventCodec.encodeToString(d))
                .when().post("/api/dead-letters/" + parked.partition() + "/" + parked.offset() + "/replay")
                .then().statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("ALREADY_APPLIED"));
        assertThat(vnaccs.requestsFor(d.declarationId())).hasSize(1);
    }

    @Test
    void a_vehicle_on_the_border_guards_topic_is_handed_with_its_drivers_document_once_and_customs_officers_see_no_payload() {
        String code = "KT2-" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        var booked = vn.laocai.gate.events.EventMother.crossingBooked();
        GateKafka.publish(new vn.laocai.gate.events.CrossingBooked(code, booked.plate(), booked.trailerPlate(),
                booked.direction(), booked.cargoCategory(), booked.driverName(), booked.arrivalWindowStart(),
                booked.arrivalWindowEnd(), booked.bookedAt(), booked.vehicleType(), booked.weightClass(), "VN", null, "driver-an"));
        DeclarationSubmitted base = Declarations.freshDurianExport();
        DeclarationSubmitted d = new DeclarationSubmitted(base.declarationId(), base.version(), base.declarantTaxCode(),
                base.declarantName(), base.consignee(), base.customsDeclarationNumber(), base.direction(), base.destinationCountry(),
                List.of(code), base.goodsLines(), base.submittedAt(), base.documents(), base.perishable());
        GateKafka.publish(d);
        awaitSubmitted(d);
        var request = new vn.laocai.gate.events.BorderCheckRequested(code, booked.plate(), booked.trailerPlate(), "EXPORT",
                "Lò Văn Minh", "VN", "C7654321", java.time.Instant.parse("2026-06-15T01:00:00Z"));
        String eventId = GateKafka.publish(request);
        GateKafka.publish(eventId, request);
        GateKafka.publish(request);
        await().atMost(WAIT).until(() -> vnaccs.otherRequests().stream().anyMatch(r -> code.equals(r.path("bookingCode").asText())));

        var sent = vnaccs.otherRequests().stream().filter(r -> code.equals(r.path("bookingCode").asText())).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).path("driver").path("documentNumber").asText()).isEqualTo("C7654321");
        assertThat(sent.get(0).path("transportMeans").path("plate").asText()).isEqualTo(booked.plate());
        JsonPath exchanges = await().atMost(WAIT).until(() -> given().auth().oauth2(OFFICER).queryParam("declarationId", d.declarationId())
                .when().get("/api/handoffs/exchanges").then().statusCode(200).extract().jsonPath(),
                e -> !e.getList("findAll { it.agencySystem == 'BORDER_GUARD' }").isEmpty());
        assertThat(exchanges.getList("findAll { it.agencySystem == 'BORDER_GUARD' }.payload")).containsOnlyNulls();
        assertThat(exchanges.getList("findAll { it.agencySystem == 'BORDER_GUARD' }.payloadSha256")).doesNotContainNull();
        assertThat(exchanges.getList("findAll { it.agencySystem == 'VNACCS' && it.kind == 'SUBMISSION' }.payload")).doesNotContainNull();
        assertThat(exchanges.prettify()).doesNotContain("C7654321");

        assertThat(retention.erase(java.time.Instant.now())).doesNotContain(code);
        assertThat(retention.erase(java.time.Instant.now().plus(Duration.ofDays(91)))).contains(code);
        assertThat(retention.erase(java.time.Instant.now().plus(Duration.ofDays(91)))).doesNotContain(code);
        String stored = QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery("""
                select b.driver_name || b.driver_document_number || string_agg(h.payload, '') || string_agg(x.payload, '')
                from booking b join handoff h on h.declaration_id = b.booking_code and h.agency_system = 'BORDER_GUARD'
                join agency_exchange x on x.correlation_id = h.id::text
                where b.booking_code = :code group by b.driver_name, b.driver_document_number""")
                .setParameter("code", code).getSingleResult()));
        assertThat(stored).contains("[erased]").doesNotContain("C7654321").doesNotContain("Lò Văn Minh");
        String audit = given().auth().oauth2(EmbeddedInfraTestResource.identity().token("sup", Roles.SUPERVISOR))
                .queryParam("action", "PERSONAL_DATA_ERASED").when().get("/api/audit").then().statusCode(200).extract().asString();
        assertThat(audit).contains(code).doesNotContain("C7654321");
    }

    @Test
    void handoff_latency_and_pending_count_are_exposed_per_system() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);
        awaitSubmitted(d);
        await().atMost(WAIT).untilAsserted(() -> assertThat(given().when().get(metricsUrl).then().statusCode(200)
                .extract().asString())
                .contains("customs_handoff_latency_seconds_count{system=\"VNACCS\"}")
                .contains("customs_handoff_pending{system=\"NSW\"}"));
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
        vnaccs.publishAnswer(reference, Declarations.answer(UUID.randomUUID().toString(), reference, d,
                "INSPECTION_COMPLETED", null, "2026-06-15T03:05:00Z").replace("\"type\"", "\"result\":\"PASSED\",\"type\""));

        List<ConsumerRecord<String, byte[]>> events = awaitExactly(handoffEvents, d.declarationId(), 4);
        assertThat(events).extracting(r -> GateKafka.Probe.header(r, "ce_type")).containsExactly(
                CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED.type(), CustomsEventType.CUSTOMS_INSPECTION_ORDERED.type(),
                CustomsEventType.CUSTOMS_INSPECTION_COMPLETED.type(), CustomsEventType.CUSTOMS_RELEASED.type());
        events.forEach(r -> EventSchemaAssert.assertConforms(GateKafka.Probe.header(r, "ce_type"), r.value()));
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

    /** The channel, inspection, release and rejection events of the key (acceptances and delays left out). */
    private static List<ConsumerRecord<String, byte[]>> answersOf(GateKafka.Probe probe, String key) {
        return probe.withKey(key).stream().filter(r -> {
            String type = GateKafka.Probe.header(r, "ce_type");
            return !type.equals(CustomsEventType.HANDOFF_ACCEPTED.type()) && !type.equals(CustomsEventType.HANDOFF_DELAYED.type());
        }).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> awaitExactly(GateKafka.Probe probe, String key, int count) {
        await().atMost(WAIT).until(() -> answersOf(probe, key).size() >= count);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> answersOf(probe, key).size() == count);
        return answersOf(probe, key);
    }

    /** The HandoffDelayed and HandoffAccepted events of the declaration's customs (VNACCS) handoff. */
    private static List<ConsumerRecord<String, byte[]>> customsHandoffEvents(DeclarationSubmitted d) {
        return handoffEvents.withKey(d.declarationId()).stream()
                .filter(r -> !answersOf(handoffEvents, d.declarationId()).contains(r))
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"system\":\"VNACCS\"")).toList();
    }

    /** The declaration's customs (VNACCS) handoffs, as officers see them. */
    private static JsonPath handoffOf(DeclarationSubmitted d) {
        String all = given().auth().oauth2(OFFICER).queryParam("declarationId", d.declarationId())
                .when().get("/api/handoffs")
                .then().statusCode(200).extract().asString();
        return new JsonPath(customsOnly(all));
    }

    private static String customsOnly(String all) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var array = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(all);
            var customs = json.createArrayNode();
            array.forEach(n -> {
                if ("VNACCS".equals(n.path("agencySystem").asText())) {
                    customs.add(n);
                }
            });
            return json.writeValueAsString(customs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonPath allHandoffsOf(DeclarationSubmitted d) {
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
