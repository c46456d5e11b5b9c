package vn.laocai.gate.customs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.customs.application.HandoffFollowup;
import vn.laocai.gate.customs.support.Declarations;
import vn.laocai.gate.customs.support.FakeVnaccs;
import vn.laocai.gate.customs.support.FakeVnaccsResource;
import vn.laocai.gate.customs.support.GateKafka;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.HandoffOverdue;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No handoff waits for ever, against the real PostgreSQL and Kafka and a fake VNACCS that can lose a
 * lodgement: a poll answered 404 makes the handoff LOST and it is sent again under the same submission
 * id; lost again, it is ESCALATED to the officers' worklist; a handoff past its deadline is OVERDUE
 * and sent again. Each step is an event for clearance and an entry on the audit trail.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "customs_adapter"),
        @ResourceArg(name = "topics", value = "customs.dead-letter")})
@QuarkusTestResource(FakeVnaccsResource.class)
class LostHandoffTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String OFFICER = EmbeddedInfraTestResource.identity().token("officer", Roles.CUSTOMS_OFFICER);
    static final String SUPERVISOR = EmbeddedInfraTestResource.identity().token("boss", Roles.SUPERVISOR);
    static final String DRIVER = EmbeddedInfraTestResource.identity().token("driver", Roles.DRIVER);

    static FakeVnaccs vnaccs;
    static GateKafka.Probe handoffEvents;

    @Inject
    EntityManager em;

    @Inject
    HandoffFollowup followup;

    @BeforeAll
    static void start() {
        vnaccs = FakeVnaccs.get();
        handoffEvents = new GateKafka.Probe(Topics.CUSTOMS_HANDOFF);
    }

    @AfterAll
    static void stop() {
        if (handoffEvents != null) {
            handoffEvents.close();
        }
    }

    @Test
    void a_lost_lodgement_is_sent_again_once_then_escalated_to_the_officers() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);
        String first = (String) awaitState(d, "SUBMITTED", 0).get("agencyReference");

        vnaccs.lose(first);

        Map<String, Object> resubmitted = awaitState(d, "SUBMITTED", 1);
        String second = (String) resubmitted.get("agencyReference");
        assertThat(second).isNotEqualTo(first).isEqualTo(vnaccs.latestReferenceFor(d.declarationId()).orElseThrow());
        assertThat(resubmitted).containsEntry("lapse", "LOST");
        assertThat(vnaccs.requestsFor(d.declarationId())).extracting(FakeVnaccs.Request::submissionId).containsOnly(
                (String) resubmitted.get("id"));

        vnaccs.lose(second);

        Map<String, Object> escalated = awaitState(d, "ESCALATED", 1);
        assertThat((String) escalated.get("lapseReason")).contains("404");
        assertThat(escalated.get("escalatedAt")).isNotNull();
        assertThat(escalated).containsEntry("resubmissions", 1).doesNotContainKey("nextAttemptAt");
        assertThat(vnaccs.requestsFor(d.declarationId())).extracting(FakeVnaccs.Request::submissionId)
                .containsOnly((String) escalated.get("id"));

        await().atMost(WAIT).until(() -> overdueEvents(d).size() >= 2);
        List<HandoffOverdue> told = overdueEvents(d);
        assertThat(told).extracting(HandoffOverdue::situation, HandoffOverdue::action, HandoffOverdue::agencyReference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOST", "RESUBMITTED", first),
                        org.assertj.core.groups.Tuple.tuple("LOST", "ESCALATED", second));

        List<Map<String, Object>> worklist = given().auth().oauth2(OFFICER).when().get("/api/handoffs/overdue")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(worklist).filteredOn(h -> escalated.get("id").equals(h.get("id"))).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("state", "ESCALATED").containsKey("overdueSince"));

        assertThat(auditedActions(d)).containsSubsequence("HANDOFF_SUBMITTED", "HANDOFF_LOST", "HANDOFF_SUBMITTED",
                "HANDOFF_ESCALATED");
    }

    @Test
    void a_handoff_past_its_deadline_is_overdue_and_sent_again_under_the_same_submission_id() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);
        Map<String, Object> submitted = awaitState(d, "SUBMITTED", 0);
        String reference = (String) submitted.get("agencyReference");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update handoff set submitted_at = submitted_at - interval '5 hours' where id = :id")
                .setParameter("id", java.util.UUID.fromString((String) submitted.get("id"))).executeUpdate());

        assertThat(followup.checkDeadlines(Instant.now())).isPositive();

        Map<String, Object> again = awaitState(d, "SUBMITTED", 1);
        assertThat(again).containsEntry("agencyReference", reference).containsEntry("lapse", "OVERDUE")
                .containsEntry("resubmissions", 1);
        await().atMost(WAIT).until(() -> !overdueEvents(d).isEmpty());
        assertThat(overdueEvents(d)).singleElement().satisfies(e -> {
            assertThat(e.situation()).isEqualTo("OVERDUE");
            assertThat(e.action()).isEqualTo("RESUBMITTED");
        });
        assertThat(auditedActions(d)).containsSubsequence("HANDOFF_SUBMITTED", "HANDOFF_OVERDUE", "HANDOFF_SUBMITTED");
    }

    @Test
    void the_overdue_list_is_for_supervisors_and_customs_officers() {
        given().auth().oauth2(SUPERVISOR).when().get("/api/handoffs/overdue").then().statusCode(200);
        given().auth().oauth2(DRIVER).when().get("/api/handoffs/overdue").then().statusCode(403);
        given().when().get("/api/handoffs/overdue").then().statusCode(401);
    }

    /** Waits until the customs handoff is in {@code state} after {@code resubmissions} resubmissions. */
    private static Map<String, Object> awaitState(DeclarationSubmitted d, String state, int resubmissions) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(customsHandoff(d)).containsEntry("state", state)
                .containsEntry("resubmissions", resubmissions));
        return customsHandoff(d);
    }

    /** The declaration's one customs (VNACCS) handoff, as officers see it. */
    private static Map<String, Object> customsHandoff(DeclarationSubmitted d) {
        List<Map<String, Object>> all = given().auth().oauth2(OFFICER).queryParam("declarationId", d.declarationId())
                .when().get("/api/handoffs").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(h -> "VNACCS".equals(h.get("agencySystem"))).findFirst().orElse(Map.of());
    }

    private static List<HandoffOverdue> overdueEvents(DeclarationSubmitted d) {
        List<ConsumerRecord<String, byte[]>> records = handoffEvents.withKey(d.declarationId()).stream()
                .filter(r -> CustomsEventType.HANDOFF_OVERDUE.type().equals(GateKafka.Probe.header(r, "ce_type")))
                .toList();
        records.forEach(r -> EventSchemaAssert.assertConforms(CustomsEventType.HANDOFF_OVERDUE.type(), r.value()));
        return records.stream()
                .map(r -> (HandoffOverdue) EventCodec.decode(CustomsEventType.HANDOFF_OVERDUE.type(), r.value())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> auditedActions(DeclarationSubmitted d) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select action from audit_entry where subject = :subject order by seq")
                .setParameter("subject", d.declarationId()).getResultList());
    }
}
