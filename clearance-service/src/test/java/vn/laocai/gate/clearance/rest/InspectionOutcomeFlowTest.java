package vn.laocai.gate.clearance.rest;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.PaymentProviderStub;
import vn.laocai.gate.events.CertificateVerified;
import vn.laocai.gate.events.ClearanceEventType;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsEventType;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventSchemaAssert;
import vn.laocai.gate.events.InspectionOutcomeRecorded;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.infra.CloudEventKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.PDF;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.answer;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.goodsLine;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.upload;
import static vn.laocai.gate.clearance.DeclarationMother.uploadFruitDocumentsButPhyto;

/**
 * A durian export (HS 08106000) through the API and Kafka after failures: an e-Phyto the Single Window finds invalid
 * (an invoice does not lift the hold, a verified certificate does), a plant-quarantine FAIL treated, inspected again and
 * released, and a second lot returned to the exporter.
 */
@QuarkusTest
@QuarkusTestResource(PaymentProviderStub.class)
class InspectionOutcomeFlowTest {

    static final String TRADER = "trader-lan";
    static final String PHYTO = "PHYTOSANITARY_CERTIFICATE";
    static final String PHYTO_NUMBER = "VN-PHYTO-2026-118822";
    static final byte[] CORRECTED_PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog /Corrected true >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static io.restassured.response.Response officer(String user, String role, String path, String body) {
        return given().auth().oauth2(token(user, role)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(body).when().post(path);
    }

    static io.restassured.response.Response decide(String id, String step, String decision) {
        String role = switch (step) {
            case "PLANT_QUARANTINE" -> "quarantine-officer";
            case "CUSTOMS" -> "customs-officer";
            default -> "border-guard";
        };
        return officer("officer-" + role, role, "/api/declarations/" + id + "/steps/" + step + "/decisions",
                "{\"decision\": \"" + decision + "\", \"reason\": \"checked at the gate\"}");
    }

    static String state(String id, String step) {
        return read(id, TRADER).getString("steps.find { it.step == '" + step + "' }.state");
    }

    /** A durian export with every document, on the green channel, ready for the gate. */
    String readyDurianExport() {
        String booking = announceBooking(bootstrap, "EXPORT");
        String id = submitBody(TRADER, declarationJson(declarationNumber(), booking, goodsLine("08106000")));
        uploadFruitDocumentsButPhyto(id, TRADER);
        upload(id, TRADER, PHYTO, PHYTO_NUMBER, PDF, "application/pdf").then().statusCode(201);
        String number = read(id, TRADER).getString("customsDeclarationNumber");
        answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED, new CustomsChannelAssigned(id, 1, number, "GREEN", "VNACCS-9", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> read(id, TRADER).getBoolean("readyForGate"));
        return id;
    }

    static int versionOf(JsonPath declaration, String type, String sha256) {
        return declaration.getInt("documents.find { it.type == '" + type + "' && it.sha256 == '" + sha256 + "' }.attachedInVersion");
    }

    @Test
    void an_invalid_e_phyto_then_a_quarantine_fail_treated_inspected_again_and_released() throws Exception {
        try (ConsumerTask<String, CloudEvent> out = CloudEventKafka.on(bootstrap).consume(CloudEvent.class).fromTopics(Topics.CLEARANCE_DECLARATION)) {
            String id = readyDurianExport();
            JsonPath declared = read(id, TRADER);
            assertThat(declared.getString("goodsLines[0].hsCode")).isEqualTo("08106000");
            int first = versionOf(declared, PHYTO, ClearanceCaseTest.sha256(PDF));

            answer(bootstrap, id, CustomsEventType.CERTIFICATE_VERIFIED,
                    new CertificateVerified(id, first, PHYTO, PHYTO_NUMBER, false, "No such e-Phyto at the NSW", Instant.now()));
            await().atMost(Duration.ofSeconds(20)).until(() -> !read(id, TRADER).getBoolean("readyForGate"));
            given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/tracking").then().statusCode(200)
                    .body("openHolds.find { it.reasonCode == 'certificate-invalid' }.awaits", equalTo("VERIFIED_CERTIFICATE"))
                    .body("openHolds.find { it.reasonCode == 'certificate-invalid' }.awaitsDocument", equalTo(PHYTO));

            // an invoice attached does not lift the hold
            upload(id, TRADER, "INVOICE", "INV-2026-002", PDF, "application/pdf").then().statusCode(201);
            assertThat(read(id, TRADER).getBoolean("readyForGate")).isFalse();
            // the corrected file under the same number is attached, and waits for its own verification
            upload(id, TRADER, PHYTO, PHYTO_NUMBER, CORRECTED_PDF, "application/pdf").then().statusCode(201);
            JsonPath corrected = read(id, TRADER);
            assertThat(corrected.getBoolean("readyForGate")).isFalse();
            assertThat(corrected.getList("holds.findAll { it.open }.reasonCode", String.class)).contains("certificate-invalid");
            int second = versionOf(corrected, PHYTO, ClearanceCaseTest.sha256(CORRECTED_PDF));

            answer(bootstrap, id, CustomsEventType.CERTIFICATE_VERIFIED,
                    new CertificateVerified(id, second, PHYTO, PHYTO_NUMBER, true, null, Instant.now()));
            await().atMost(Duration.ofSeconds(20)).until(() -> read(id, TRADER).getBoolean("readyForGate"));
            assertThat(read(id, TRADER).getString("holds.find { it.reasonCode == 'certificate-invalid' }.liftedBy")).isEqualTo("NSW");

            // plant quarantine fails; the officer orders treatment, records it, inspects again and passes
            decide(id, "PLANT_QUARANTINE", "FAIL").then().statusCode(200).body("status", equalTo("REJECTED"));
            officer("officer-customs", "customs-officer", "/api/declarations/" + id + "/steps/PLANT_QUARANTINE/outcomes",
                    "{\"outcome\": \"TREATMENT\", \"reason\": \"fumigate\"}").then().statusCode(403);
            String outcomes = "/api/declarations/" + id + "/steps/PLANT_QUARANTINE/outcomes";
            officer("kd-hoa", "quarantine-officer", outcomes, "{\"outcome\": \"BURN_IT\", \"reason\": \"x\"}").then().statusCode(422)
                    .body("violations.field", hasItem("outcome"));
            officer("kd-hoa", "quarantine-officer", outcomes,
                    "{\"outcome\": \"TREATMENT\", \"reason\": \"Live mealybugs on the husks; fumigate and inspect again\"}")
                    .then().statusCode(200).body("status", equalTo("IN_CLEARANCE"))
                    .body("steps.find { it.step == 'PLANT_QUARANTINE' }.state", equalTo("UNDER_TREATMENT"))
                    .body("outcomes[0].outcome", equalTo("TREATMENT")).body("outcomes[0].state", equalTo("ORDERED"));
            officer("kd-hoa", "quarantine-officer", "/api/declarations/" + id + "/outcomes/1/carried-out", "{\"reference\": \"KDTV-XL-2026-00417\"}")
                    .then().statusCode(200).body("steps.find { it.step == 'PLANT_QUARANTINE' }.state", equalTo("PENDING"))
                    .body("outcomes[0].state", equalTo("CARRIED_OUT"));
            officer("kd-hoa", "quarantine-officer", "/api/declarations/" + id + "/outcomes/1/carried-out", "{\"reference\": \"again\"}")
                    .then().statusCode(409).body("type", containsString("outcome-carried-out"));
            decide(id, "PLANT_QUARANTINE", "PASS").then().statusCode(200);
            decide(id, "CUSTOMS", "RELEASE").then().statusCode(200);
            decide(id, "BORDER_GUARD", "CLEAR").then().statusCode(200);
            given().auth().oauth2(token(TRADER, "trader")).when().post("/api/declarations/" + id + "/fee/payment")
                    .then().statusCode(200).body("status", equalTo("CLEARED"));

            JsonPath tracking = given().auth().oauth2(token(TRADER, "trader")).header("Accept-Language", "vi")
                    .when().get("/api/declarations/" + id + "/tracking").then().statusCode(200).extract().jsonPath();
            assertThat(tracking.getList("timeline.step", String.class)).containsSubsequence("CERTIFICATE_INVALID", "CERTIFICATE_VERIFIED",
                    "READY_FOR_GATE", "REJECTED", "OUTCOME_ORDERED", "CASE_REOPENED", "OUTCOME_CARRIED_OUT", "PLANT_QUARANTINE_PASSED", "CLEARED");
            assertThat(tracking.getString("outcomes[0].reference")).isEqualTo("KDTV-XL-2026-00417");

            await().atMost(Duration.ofSeconds(20)).until(() -> ClearanceCaseTest.ofType(out, id, ClearanceEventType.CONSIGNMENT_CLEARED).size() == 1);
            List<CloudEvent> recorded = ClearanceCaseTest.ofType(out, id, ClearanceEventType.INSPECTION_OUTCOME_RECORDED);
            assertThat(recorded).extracting(e -> ((InspectionOutcomeRecorded) EventCodec.decode(e.getType(), e.getData().toBytes())).state())
                    .containsExactly("ORDERED", "CARRIED_OUT");
            recorded.forEach(e -> EventSchemaAssert.assertConforms(e.getType(), e.getData().toBytes()));
            assertThat(ClearanceCaseTest.ofType(out, id, ClearanceEventType.CONSIGNMENT_REJECTED)).hasSize(1);
        }
    }

    @Test
    void a_second_lot_failed_is_returned_to_the_exporter_and_cannot_be_amended() {
        String id = readyDurianExport();
        decide(id, "PLANT_QUARANTINE", "FAIL").then().statusCode(200).body("status", equalTo("REJECTED"));
        String outcomes = "/api/declarations/" + id + "/steps/PLANT_QUARANTINE/outcomes";
        officer("kd-hoa", "quarantine-officer", outcomes, "{\"outcome\": \"RE_EXPORT\", \"reason\": \"Fruit borer throughout\"}")
                .then().statusCode(422).body("violations.field", hasItem("outcome"));

        officer("kd-hoa", "quarantine-officer", outcomes, "{\"outcome\": \"RETURN_TO_EXPORTER\", \"reason\": \"Fruit borer throughout\"}")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("outcomes[0].outcome", equalTo("RETURN_TO_EXPORTER")).body("outcomes[0].state", equalTo("ORDERED"));
        String booking = read(id, TRADER).getString("bookingCodes[0]");
        String number = read(id, TRADER).getString("customsDeclarationNumber");
        given().auth().oauth2(token(TRADER, "trader")).contentType(ContentType.JSON)
                .body(declarationJson(number, booking, goodsLine("08106000").replace("18000, \"unit\"", "15000, \"unit\"")))
                .when().put("/api/declarations/" + id).then().statusCode(409).body("type", containsString("disposal-ordered"));
        officer("kd-hoa", "quarantine-officer", outcomes, "{\"outcome\": \"TREATMENT\", \"reason\": \"second thoughts\"}")
                .then().statusCode(409);

        officer("kd-hoa", "quarantine-officer", "/api/declarations/" + id + "/outcomes/1/carried-out",
                "{\"reference\": \"Returned to packing house VN-LCPH-0012, minutes 18\"}")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("outcomes[0].state", equalTo("CARRIED_OUT"));
        assertThat(given().auth().oauth2(token(TRADER, "trader")).when().get("/api/declarations/" + id + "/timeline")
                .then().statusCode(200).extract().<List<String>>path("step")).containsSubsequence("REJECTED", "OUTCOME_ORDERED", "OUTCOME_CARRIED_OUT");
    }
}
