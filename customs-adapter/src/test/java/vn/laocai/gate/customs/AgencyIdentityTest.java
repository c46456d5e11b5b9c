package vn.laocai.gate.customs;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.customs.support.Declarations;
import vn.laocai.gate.customs.support.FakeVnaccs;
import vn.laocai.gate.customs.support.FakeVnaccsResource;
import vn.laocai.gate.customs.support.GateKafka;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.EmbeddedInfraTestResource;
import vn.laocai.gate.support.security.Roles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Each agency system answers with its own client, and only about the handoffs it was given: another
 * system's token, another handoff's reference, another system's reference change nothing and publish
 * nothing. Against the real PostgreSQL and Kafka, with the fake agencies of the flow tests.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "customs_adapter"),
        @ResourceArg(name = "topics", value = "customs.dead-letter")})
@QuarkusTestResource(FakeVnaccsResource.class)
class AgencyIdentityTest {

    /** Generous: the first declaration of a run waits for the consumers to join their groups. */
    static final Duration WAIT = Duration.ofSeconds(90);
    static final String VNACCS = EmbeddedInfraTestResource.identity().token("vnaccs", Roles.AGENCY_SYSTEM);
    static final String QUARANTINE = EmbeddedInfraTestResource.identity().token("quarantine-system",
            Roles.AGENCY_SYSTEM);
    static final String OFFICER = EmbeddedInfraTestResource.identity().token("officer", Roles.CUSTOMS_OFFICER);

    static FakeVnaccs agencies;
    static GateKafka.Probe handoffEvents;

    @BeforeAll
    static void start() {
        agencies = FakeVnaccs.get();
        handoffEvents = new GateKafka.Probe(Topics.CUSTOMS_HANDOFF);
    }

    @AfterAll
    static void stop() {
        if (handoffEvents != null) {
            handoffEvents.close();
        }
    }

    @Test
    void a_customs_answer_signed_by_the_quarantine_client_is_refused_and_changes_nothing() {
        DeclarationSubmitted d = submitted();
        String reference = handoffOf(d, "VNACCS").getString("agencyReference");
        String rejection = answer(reference, d.declarationId(), d.version(), "REJECTED", "\"reason\":\"forged\",");

        given().auth().oauth2(QUARANTINE).contentType(ContentType.JSON).body(rejection)
                .when().post("/api/agency-answers/customs")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://gate.laocai.vn/problems/wrong-agency-system"));
        // an officer's token with the role added is no agency client either
        given().auth().oauth2(EmbeddedInfraTestResource.identity().token("officer", Roles.AGENCY_SYSTEM))
                .contentType(ContentType.JSON).body(rejection)
                .when().post("/api/agency-answers/customs")
                .then().statusCode(403).body("type", equalTo("https://gate.laocai.vn/problems/wrong-agency-system"));

        assertUnchanged(d, "VNACCS", "SUBMITTED");
    }

    @Test
    void the_right_client_with_a_reference_of_another_handoff_or_system_is_refused() {
        DeclarationSubmitted mine = submitted();
        DeclarationSubmitted other = submitted();
        String otherReference = handoffOf(other, "VNACCS").getString("agencyReference");
        String quarantineReference = handoffOf(mine, "QUARANTINE").getString("agencyReference");
        String customsReference = handoffOf(mine, "VNACCS").getString("agencyReference");

        // the reference of another declaration's handoff, named as this declaration's
        given().auth().oauth2(VNACCS).contentType(ContentType.JSON).header("Accept-Language", "zh-CN")
                .body(answer(otherReference, mine.declarationId(), mine.version(), "REJECTED", "\"reason\":\"forged\","))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(422).contentType("application/problem+json").header("Content-Language", "zh")
                .body("type", equalTo("https://gate.laocai.vn/problems/answer-of-another-handoff"))
                .body("title", equalTo("被业务规则拒绝"))
                .body("detail", equalTo("机构参考号 " + otherReference + " 是为另一个 declarationId 签发的"))
                .body("violations.field", hasItem("declarationId"));
        given().auth().oauth2(VNACCS).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(answer(otherReference, mine.declarationId(), mine.version(), "REJECTED", "\"reason\":\"forged\","))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(422).body("detail", equalTo("agency reference " + otherReference + " was issued for another declarationId"));
        // the right declaration, another version
        given().auth().oauth2(VNACCS).contentType(ContentType.JSON)
                .body(answer(customsReference, mine.declarationId(), mine.version() + 1, "REJECTED",
                        "\"reason\":\"forged\","))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(422).body("violations.field", hasItem("version"));
        // no declaration named at all
        given().auth().oauth2(VNACCS).contentType(ContentType.JSON).header("Accept-Language", "zh-CN")
                .body(answer(customsReference, null, mine.version(), "REJECTED", "\"reason\":\"forged\","))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(400).body("violations.field", hasItem("declarationId"))
                .body("title", equalTo("请求无效")).body("violations[0].message", equalTo("为必填项：答复须指明其交接"));
        // a quarantine reference answered on the customs path, and a customs reference on the quarantine path
        given().auth().oauth2(VNACCS).contentType(ContentType.JSON)
                .body(answer(quarantineReference, mine.declarationId(), mine.version(), "REJECTED", "\"reason\":\"x\","))
                .when().post("/api/agency-answers/customs")
                .then().statusCode(404).body("type", equalTo("https://gate.laocai.vn/problems/unknown-agency-reference"));
        given().auth().oauth2(QUARANTINE).contentType(ContentType.JSON)
                .body(answer(customsReference, mine.declarationId(), mine.version(), "QUARANTINE_DECIDED",
                        "\"outcome\":\"FAIL\","))
                .when().post("/api/agency-answers/quarantine")
                .then().statusCode(404).body("type", equalTo("https://gate.laocai.vn/problems/unknown-agency-reference"))
                .body("violations.field", hasItem("agencyReference"));

        assertUnchanged(mine, "VNACCS", "SUBMITTED");
        assertUnchanged(other, "VNACCS", "SUBMITTED");
        assertUnchanged(mine, "QUARANTINE", "SUBMITTED");
    }

    @Test
    void the_right_client_and_reference_is_applied_once() {
        DeclarationSubmitted d = submitted();
        String reference = handoffOf(d, "QUARANTINE").getString("agencyReference");
        String decision = answer(reference, d.declarationId(), d.version(), "QUARANTINE_DECIDED", "\"outcome\":\"PASS\",");

        for (String expected : List.of("APPLIED", "DUPLICATE")) {
            given().auth().oauth2(QUARANTINE).contentType(ContentType.JSON).body(decision)
                    .when().post("/api/agency-answers/quarantine")
                    .then().statusCode(200).body("outcome", equalTo(expected));
        }

        assertThat(handoffOf(d, "QUARANTINE").getString("state")).isEqualTo("COMPLETED");
        await().atMost(WAIT).until(() -> answerEvents(d).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> answerEvents(d).size() == 1);
        assertThat(GateKafka.Probe.header(answerEvents(d).get(0), "ce_type"))
                .isEqualTo(CustomsEventType.QUARANTINE_RESULT_RECEIVED.type());
    }

    @Test
    void a_keycloak_service_account_token_is_told_by_its_azp_claim() {
        DeclarationSubmitted d = submitted();
        String reference = handoffOf(d, "VNACCS").getString("agencyReference");
        String channel = answer(reference, d.declarationId(), d.version(), "CHANNEL_ASSIGNED", "\"channel\":\"GREEN\",");

        given().auth().oauth2(serviceAccountToken("nsw")).contentType(ContentType.JSON).body(channel)
                .when().post("/api/agency-answers/customs")
                .then().statusCode(403);
        given().auth().oauth2(serviceAccountToken("vnaccs")).contentType(ContentType.JSON).body(channel)
                .when().post("/api/agency-answers/customs")
                .then().statusCode(200).body("outcome", equalTo("APPLIED"));
        assertThat(handoffOf(d, "VNACCS").getString("state")).isEqualTo("CHANNEL_ASSIGNED");
    }

    @Test
    void the_adapter_logs_in_to_every_system() {
        DeclarationSubmitted d = submitted();
        assertThat(handoffOf(d, "QUARANTINE").getString("agencyReference")).isNotBlank();
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                "customs-adapter:test-agency-password".getBytes(StandardCharsets.UTF_8));
        assertThat(agencies.authorizations()).contains(basic + " vnaccs", basic + " quarantine")
                .noneMatch(a -> a.startsWith("null "));
    }

    /** A token as Keycloak issues for a client's service account: sub is a user id, azp the client. */
    private static String serviceAccountToken(String clientId) {
        return EmbeddedInfraTestResource.identity().clientToken(clientId, Duration.ofMinutes(5), Set.of("customs-adapter"),
                Roles.AGENCY_SYSTEM);
    }

    /** A fresh durian export, handed to customs and quarantine and accepted by both. */
    private static DeclarationSubmitted submitted() {
        DeclarationSubmitted d = Declarations.freshDurianExport();
        GateKafka.publish(d);
        await().atMost(WAIT).until(() -> accepted(d, "VNACCS") && accepted(d, "QUARANTINE"));
        return d;
    }

    private static boolean accepted(DeclarationSubmitted d, String system) {
        JsonPath h = handoffOf(d, system);
        return h != null && h.getString("agencyReference") != null;
    }

    private static void assertUnchanged(DeclarationSubmitted d, String system, String state) {
        JsonPath h = handoffOf(d, system);
        assertThat(h.getString("state")).isEqualTo(state);
        assertThat(h.getString("outcome")).isNull();
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> answerEvents(d).isEmpty());
    }

    /** The declaration's events other than acceptances and delays: what answers caused. */
    private static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> answerEvents(
            DeclarationSubmitted d) {
        return handoffEvents.withKey(d.declarationId()).stream().filter(r -> {
            String type = GateKafka.Probe.header(r, "ce_type");
            return !type.equals(CustomsEventType.HANDOFF_ACCEPTED.type())
                    && !type.equals(CustomsEventType.HANDOFF_DELAYED.type());
        }).toList();
    }

    /** The declaration's handoff to the system as officers see it, or null while there is none. */
    private static JsonPath handoffOf(DeclarationSubmitted d, String system) {
        JsonPath all = given().auth().oauth2(OFFICER).queryParam("declarationId", d.declarationId())
                .when().get("/api/handoffs")
                .then().statusCode(200).extract().jsonPath();
        Object one = all.get("find { it.agencySystem == '" + system + "' }");
        return one == null ? null : new JsonPath(all.prettify()).setRootPath("find { it.agencySystem == '" + system + "' }");
    }

    private static String answer(String reference, String declarationId, int version, String type, String fields) {
        return """
                {"messageId":"%s","agencyReference":"%s",%s"version":%d,"type":"%s",%s"occurredAt":"2026-06-15T01:30:02Z"}"""
                .formatted(UUID.randomUUID(), reference,
                        declarationId == null ? "" : "\"declarationId\":\"" + declarationId + "\",", version, type, fields);
    }
}
