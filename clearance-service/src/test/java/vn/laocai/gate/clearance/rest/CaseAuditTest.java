package vn.laocai.gate.clearance.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.PaymentProviderStub;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsEventType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.answer;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** Officers' decisions, holds, agency answers and fees on the audit trail, written with the change and verifiable. */
@QuarkusTest
@QuarkusTestResource(PaymentProviderStub.class)
class CaseAuditTest {

    static final String TRADER = "trader-lan";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static List<Map<String, Object>> audit(String subject, String action) {
        return given().auth().oauth2(token("sup-1", "supervisor")).queryParam("subject", subject).queryParam("action", action)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> details(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("details");
    }

    @Test
    void an_officers_decision_is_audited_with_the_change_and_a_refused_one_is_not() {
        String id = submit(bootstrap, TRADER);
        given().auth().oauth2(token("kd-officer", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"decision\": \"SAMPLE\", \"reason\": \"Sample sent to the laboratory\"}")
                .when().post("/api/declarations/" + id + "/steps/PLANT_QUARANTINE/decisions").then().statusCode(200);
        given().auth().oauth2(token("kd-officer", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"decision\": \"SAMPLE\", \"reason\": \"again\"}")
                .when().post("/api/declarations/" + id + "/steps/PLANT_QUARANTINE/decisions").then().statusCode(409);

        assertThat(audit(id, "CASE_STEP_DECIDED")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("kd-officer");
            assertThat(e.get("reason")).isEqualTo("Sample sent to the laboratory");
            assertThat(details(e)).containsEntry("step", "PLANT_QUARANTINE").containsEntry("decision", "SAMPLE")
                    .containsEntry("fromState", "PENDING").containsEntry("toState", "SAMPLE_TAKEN");
        });
        given().auth().oauth2(token("sup-1", "supervisor")).when().get("/api/audit/verification")
                .then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void a_refusal_that_rejects_the_consignment_is_audited_with_its_officer() {
        String id = submit(bootstrap, TRADER);
        given().auth().oauth2(token("kd-officer", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"decision\": \"FAIL\", \"reason\": \"Fruit flies found in the sample\"}")
                .when().post("/api/declarations/" + id + "/steps/PLANT_QUARANTINE/decisions").then().statusCode(200);

        assertThat(audit(id, "DECLARATION_REJECTED")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("kd-officer");
            assertThat(e.get("reason")).isEqualTo("Fruit flies found in the sample");
            assertThat(details(e)).containsEntry("step", "PLANT_QUARANTINE");
        });
        assertThat(audit(id, "CASE_STEP_DECIDED")).singleElement()
                .satisfies(e -> assertThat(details(e)).containsEntry("decision", "FAIL"));
    }

    @Test
    void an_outcome_after_a_failed_inspection_is_audited_when_ordered_and_when_carried_out() {
        String id = submit(bootstrap, TRADER);
        given().auth().oauth2(token("kd-officer", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"decision\": \"FAIL\", \"reason\": \"Mealybugs on the husks\"}")
                .when().post("/api/declarations/" + id + "/steps/PLANT_QUARANTINE/decisions").then().statusCode(200);
        given().auth().oauth2(token("kd-officer", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"outcome\": \"TREATMENT\", \"reason\": \"Fumigate\"}")
                .when().post("/api/declarations/" + id + "/steps/PLANT_QUARANTINE/outcomes").then().statusCode(200);
        given().auth().oauth2(token("kd-officer", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"reference\": \"KDTV-XL-2026-00417\"}")
                .when().post("/api/declarations/" + id + "/outcomes/1/carried-out").then().statusCode(200);

        assertThat(audit(id, "INSPECTION_OUTCOME_ORDERED")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("kd-officer");
            assertThat(e.get("reason")).isEqualTo("Fumigate");
            assertThat(details(e)).containsEntry("outcome", "TREATMENT").containsEntry("step", "PLANT_QUARANTINE");
        });
        assertThat(audit(id, "INSPECTION_OUTCOME_CARRIED_OUT")).singleElement()
                .satisfies(e -> assertThat(details(e)).containsEntry("reference", "KDTV-XL-2026-00417"));
        assertThat(audit(id, "CASE_STEP_DECIDED")).extracting(e -> details(e).get("decision")).containsExactlyInAnyOrder("FAIL", "TREAT", "TREATED");
    }

    @Test
    void holds_placed_and_lifted_and_an_agency_answer_are_audited_with_their_actors() {
        String id = submit(bootstrap, TRADER);
        String number = read(id, TRADER).getString("customsDeclarationNumber");
        int hold = given().auth().oauth2(token("kd-officer", "quarantine-officer")).contentType(ContentType.JSON)
                .body("{\"reason\": \"Sample sent to the laboratory\"}")
                .when().post("/api/declarations/" + id + "/holds").then().statusCode(201).extract().path("number");
        given().auth().oauth2(token("kd-officer", "quarantine-officer")).when().post("/api/declarations/" + id + "/holds/" + hold + "/lift")
                .then().statusCode(200);
        answer(bootstrap, id, CustomsEventType.CUSTOMS_CHANNEL_ASSIGNED, new CustomsChannelAssigned(id, 1, number, "RED", "VNACCS-5", Instant.now()));

        assertThat(audit(id, "CASE_HELD")).extracting(e -> e.get("actor")).containsExactlyInAnyOrder("kd-officer", "system:clearance");
        assertThat(audit(id, "CASE_HELD")).filteredOn(e -> "kd-officer".equals(e.get("actor"))).singleElement()
                .satisfies(e -> assertThat(details(e)).containsEntry("step", "PLANT_QUARANTINE").containsEntry("holdNumber", hold));
        assertThat(audit(id, "CASE_HOLD_LIFTED")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("kd-officer");
            assertThat(e.get("reason")).isEqualTo("Sample sent to the laboratory");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(audit(id, "AGENCY_ANSWER_APPLIED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("system:VNACCS");
                    assertThat(details(e)).containsEntry("step", "CUSTOMS").containsEntry("decision", "ASSIGN_RED");
                }));
    }

    @Test
    void a_fee_assessed_a_failed_payment_and_the_payment_are_audited() {
        String booking = announceBooking(bootstrap, "EXPORT");
        String id = submitBody(TRADER, declarationJson(declarationNumber(), booking).replace("5300123456", "5300000503"));
        given().auth().oauth2(token(TRADER, "trader")).when().post("/api/declarations/" + id + "/fee/payment").then().statusCode(502);
        given().auth().oauth2(token("fee-1", "fee-officer")).when().post("/api/declarations/" + id + "/fee/payment").then().statusCode(200);

        assertThat(audit(id, "FEE_ASSESSED")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("system:clearance");
            assertThat(details(e)).containsEntry("amountVnd", 500000);
        });
        assertThat(audit(id, "FEE_PAYMENT_FAILED")).singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo(TRADER));
        JsonPath view = read(id, TRADER);
        assertThat(audit(id, "FEE_PAID")).singleElement().satisfies(e -> {
            assertThat(e.get("actor")).isEqualTo("fee-1");
            assertThat(details(e)).containsEntry("amountVnd", 500000)
                    .containsEntry("paymentReference", view.getString("fee.paymentReference"))
                    .containsEntry("invoiceNumber", view.getString("fee.invoiceNumber"));
        });
    }
}
