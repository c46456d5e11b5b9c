package vn.laocai.gate.clearance.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.PaymentProviderStub;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.CustomsInspectionCompleted;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.answer;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;
import static vn.laocai.gate.clearance.DeclarationMother.uploadFruitDocumentsButPhyto;

/** The clearance case through the API and Kafka: documents, agency answers, officers, payment, events. */
@QuarkusTest
@QuarkusTestResource(PaymentProviderStub.class)
class ClearanceCaseTest {

    static final String TRADER = "trader-lan";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static io.restassured.response.Response decide(String id, String officer, String role, String step, String decision) {
        return given().auth().oauth2(token(officer, role)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"decision\": \"" + decision + "\", \"reason\": \"checked at the gate\"}")
                .when().post("/api/declarations/" + id + "/steps/" + step + "/decisions");
    }

    static String step(String id, String step) {
        List<String> states = read(id, TRADER).getList("steps.findAll { it.step == '" + step + "' }.state");
        return states.get(0);
    }

    @Test
    void a_fruit_export_held_for_its_phytosanitary_certificate_is_completed_inspected_paid_and_cleared() throws Exception {
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.CLEARANCE_DECLARATION)) {
            String id = submit(bootstrap, TRADER);
            var declared = read(id, TRADER);
            assertThat(declared.getString("status")).isEqualTo("SUBMITTED");
            assertThat(declared.getList("missingDocuments", String.class)).contains("PHYTOSANITARY_CERTIFICATE", "PLANTING_AREA_CODE");
            assertThat(declared.getString("holds[0].step")).isEqualTo("DOCUMENTS");
            assertThat(declared.getString("holds[0].reasonCode")).isEqualTo("documents-missing");
            given().auth().oauth2(token(TRADER, "trader")).header("Accept-Language", "zh-CN").when().get("/api/declarations/" + id)
                    .then().statusCode(200).body("holds[0].reasonCode", equalTo("documents-missing"))
                    .body("holds[0].reason", startsWith("Missing documents: "))
                    .body("holds[0].text", startsWith("缺少单证：")).body("holds[0].text", containsString("植物检疫证书"));
            assertThat(declared.getLong("fee.amountVnd")).isEqualTo(500_000L);
            String number = declared.getString("customsDeclarationNumber");

            uploadFruitDocumentsButPhyto(id, TRADER);
            answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED,
                    new CustomsChannelAssigned(id, 1, number, "YELLOW", "VNACCS-77", Instant.now()));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(step(id, "CUSTOMS")).isEqualTo("CHANNEL_YELLOW"));
            assertThat(read(id, TRADER).getList("steps.find { it.step == 'CUSTOMS' }.decisions", String.class))
                    .as("a yellow channel leads to a document check, nothing else").containsExactly("ORDER_DOCUMENTARY_INSPECTION");
            given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking")
                    .then().statusCode(200)
                    .body("blockingStep", equalTo("DOCUMENTS"))
                    .body("missingDocuments", equalTo(List.of("PHYTOSANITARY_CERTIFICATE")))
                    .body("readyForGate", equalTo(false));

            upload(id, TRADER, "PHYTOSANITARY_CERTIFICATE", "VN-PHYTO-2026-118822", PDF, "application/pdf")
                    .then().statusCode(201).body("sha256", equalTo(sha256(PDF)));
            assertThat(read(id, TRADER).getBoolean("readyForGate")).isTrue();

            answer(bootstrap, id, CustomsEventType.CUSTOMS_INSPECTION_ORDERED,
                    new CustomsInspectionOrdered(id, 1, number, "DOCUMENTARY", "VNACCS-77", Instant.now()));
            answer(bootstrap, id, CustomsEventType.CUSTOMS_INSPECTION_COMPLETED,
                    new CustomsInspectionCompleted(id, 1, number, "PASSED", "Documents match the goods", Instant.now()));
            byte[] release = EventCodec.encode(new CustomsReleased(id, 1, number, "VNACCS-77", Instant.now()));
            String releaseId = UUID.randomUUID().toString();
            CloudEventKafka.publish(bootstrap, Topics.CUSTOMS_HANDOFF, id, releaseId, CustomsEventType.CUSTOMS_RELEASED.type(), release);
            CloudEventKafka.publish(bootstrap, Topics.CUSTOMS_HANDOFF, id, releaseId, CustomsEventType.CUSTOMS_RELEASED.type(), release);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(step(id, "CUSTOMS")).isEqualTo("DONE"));

            decide(id, "kd-officer", "quarantine-officer", "PLANT_QUARANTINE", "PASS").then().statusCode(200);
            decide(id, "kd-officer", "quarantine-officer", "PLANT_QUARANTINE", "PASS").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", containsString("illegal-transition"))
                    .body("detail", startsWith("Plant quarantine: passed is not allowed while it is done (decided by kd-officer)"));
            decide(id, "kd-officer", "quarantine-officer", "CUSTOMS", "RELEASE").then().statusCode(403)
                    .body("detail", containsString("customs-officer"));
            decide(id, "bp-officer", "border-guard", "BORDER_GUARD", "CLEAR").then().statusCode(200);
            given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking")
                    .then().statusCode(200).body("status", equalTo("IN_CLEARANCE")).body("blockingStep", equalTo("FEE_PAYMENT"));

            given().auth().oauth2(token(TRADER, "trader")).when().post("/api/declarations/" + id + "/fee/payment")
                    .then().statusCode(200)
                    .body("status", equalTo("CLEARED"))
                    .body("fee.paymentReference", startsWith("PAY-TEST"))
                    .body("fee.invoiceNumber", startsWith("1C26TLC-"))
                    .body("fee.outstandingVnd", equalTo(0));
            given().auth().oauth2(token(TRADER, "trader")).header("Accept-Language", "en").when().post("/api/declarations/" + id + "/fee/payment")
                    .then().statusCode(409).body("detail", startsWith("the fee cannot be paid now"));

            await().atMost(Duration.ofSeconds(20)).until(() -> ofType(out, id, ClearanceEventType.CONSIGNMENT_CLEARED).size() == 1);
            assertThat(ofType(out, id, ClearanceEventType.CONSIGNMENT_HELD)).hasSize(1);
            assertThat(ofType(out, id, ClearanceEventType.CONSIGNMENT_READY_FOR_GATE)).hasSize(1);
            assertThat(ofType(out, id, ClearanceEventType.FEE_PAID)).hasSize(1);
            assertThat(ofType(out, id, ClearanceEventType.DOCUMENT_ATTACHED)).hasSize(6);
            assertThat(ofType(out, id, ClearanceEventType.DECLARATION_SUBMITTED)).hasSize(7);
            for (CloudEvent event : out.getRecords().stream().map(r -> r.value()).filter(e -> id.equals(e.getSubject())).toList()) {
                EventSchemaAssert.assertConforms(event.getType(), event.getData().toBytes());
            }
            List<String> timeline = given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/timeline")
                    .then().statusCode(200).extract().path("step");
            assertThat(timeline).containsSubsequence("DECLARATION_SUBMITTED", "HOLD_PLACED", "CUSTOMS_CHANNEL_ASSIGNED",
                    "HOLD_LIFTED", "READY_FOR_GATE", "CUSTOMS_INSPECTION_ORDERED", "CUSTOMS_INSPECTION_PASSED",
                    "CUSTOMS_RELEASED", "PLANT_QUARANTINE_PASSED", "BORDER_CHECK_CLEARED", "FEE_PAID", "CLEARED");
            assertThat(timeline).filteredOn("CUSTOMS_RELEASED"::equals).hasSize(1);
        }
    }

    @Test
    void a_payment_the_provider_cannot_take_is_a_problem_and_a_retry_pays_once() {
        String booking = announceBooking(bootstrap, "EXPORT");
        String id = submitBody(TRADER, declarationJson(declarationNumber(), booking).replace("5300123456", "5300000503"));
        given().auth().oauth2(token(TRADER, "trader")).when().post("/api/declarations/" + id + "/fee/payment")
                .then().statusCode(502).contentType("application/problem+json").body("type", containsString("payment-failed"));
        assertThat(read(id, TRADER).getLong("fee.outstandingVnd")).isEqualTo(500_000L);
        given().auth().oauth2(token("fee-1", "fee-officer")).when().post("/api/declarations/" + id + "/fee/payment")
                .then().statusCode(200).body("fee.outstandingVnd", equalTo(0)).body("fee.paidVnd", equalTo(500000));
    }

    @Test
    void an_amendment_of_the_goods_gets_a_new_version_and_older_customs_answers_no_longer_count() {
        String booking = announceBooking(bootstrap, "EXPORT");
        String number = declarationNumber();
        String id = submitBody(TRADER, declarationJson(number, booking));
        String amended = declarationJson(number, booking).replace("Fresh durian, Ri6 variety", "Fresh durian, Monthong variety");
        given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON).body(amended)
                .when().put("/api/declarations/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(token("trader-other", "trader")).contentType(ContentType.JSON).body(amended)
                .when().put("/api/declarations/" + id).then().statusCode(404);

        answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED, new CustomsChannelAssigned(id, 1, number, "GREEN", "OLD", Instant.now()));
        answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED, new CustomsChannelAssigned(id, 2, number, "RED", "NEW", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(step(id, "CUSTOMS")).isEqualTo("CHANNEL_RED"));
        assertThat(read(id, TRADER).getString("customsReference")).isEqualTo("NEW");
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/timeline")
                .then().body("step", hasItem("DECLARATION_AMENDED"));
    }

    @Test
    void a_hold_by_an_officer_names_its_step_and_is_lifted_by_that_agency() {
        String id = submit(bootstrap, TRADER);
        int number = given().auth().oauth2(token("yt-1", "health-officer")).contentType(ContentType.JSON)
                .body("{\"step\": \"PLANT_QUARANTINE\", \"reason\": \"Sample sent to the laboratory\"}")
                .when().post("/api/declarations/" + id + "/holds").then().statusCode(403).extract().path("status");
        assertThat(number).isEqualTo(403);
        int hold = given().auth().oauth2(token("kd-1", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"reason\": \"Sample sent to the laboratory\"}")
                .when().post("/api/declarations/" + id + "/holds")
                .then().statusCode(201).body("step", equalTo("PLANT_QUARANTINE")).extract().path("number");
        given().auth().oauth2(token("kd-1", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"reason\": \" \"}").when().post("/api/declarations/" + id + "/holds")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(token("kd-1", "quarantine-officer")).when().post("/api/declarations/" + id + "/holds/" + hold + "/lift")
                .then().statusCode(200);
        given().auth().oauth2(token("kd-1", "quarantine-officer")).when().post("/api/declarations/" + id + "/holds/1/lift")
                .then().statusCode(422).body("violations.field", hasItem("holdNumber"));
    }

    @Test
    void an_unknown_step_or_decision_is_named() {
        String id = submit(bootstrap, TRADER);
        decide(id, "hq-1", "customs-officer", "TELEPORT", "PASS").then().statusCode(400).body("violations.field", hasItem("step"));
        decide(id, "hq-1", "customs-officer", "CUSTOMS", "PASS").then().statusCode(422)
                .body("violations.field", hasItem("decision")).body("detail", containsString("ASSIGN_GREEN"));
        decide(id, "hq-1", "customs-officer", "CUSTOMS", "RELEASE").then().statusCode(409)
                .body("detail", startsWith("Customs: goods released is not allowed while it is pending"));
        given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON).body("{\"decision\": \"PASS\"}")
                .when().post("/api/declarations/" + id + "/steps/CUSTOMS/decisions").then().statusCode(403);
    }

    static List<CloudEvent> ofType(ConsumerTask<String, CloudEvent> out, String id, ClearanceEventType type) {
        return CloudEventKafka.ofType(out, type.type()).stream().filter(e -> id.equals(e.getSubject())).toList();
    }

    static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
