package vn.laocai.gate.simulator.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.simulator.customs.Submissions;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static vn.laocai.gate.simulator.support.Logins.asAdmin;
import static vn.laocai.gate.simulator.support.Logins.asClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The National Single Window, quarantine and border-guard stand-ins, and the faults switched at runtime. */
@QuarkusTest
class AgencySystemsTest {

    static final String NO_FAULTS = "{\"down\":false,\"latencyMs\":0,\"duplicateShare\":0,\"reorder\":false,"
            + "\"reorderWindowMs\":0,\"dropShare\":0}";

    @AfterEach
    void noFaults() {
        for (String system : List.of("VNACCS", "NSW", "QUARANTINE", "BORDER_GUARD")) {
            asAdmin().contentType(ContentType.JSON).body(NO_FAULTS).when().put("/admin/systems/" + system + "/faults")
                    .then().statusCode(200);
        }
    }

    @Test
    void a_certificate_is_verified_and_the_result_polled() {
        String reference = accepted("/nsw/v1/certificate-verifications", """
                {"submissionId":"%s","declarationId":"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f","version":1,
                 "customsDeclarationNumber":"305123456789",
                 "document":{"type":"CERTIFICATE_OF_ORIGIN","identifier":"E2026-VN-0045123"},
                 "exporterTaxCode":"5300123456","destinationCountry":"CN"}""".formatted(UUID.randomUUID()), "NSW-");

        JsonPath answers = awaitAnswers("/nsw/v1/certificate-verifications", reference, 1);
        assertThat(answers.getString("[0].type")).isEqualTo("CERTIFICATE_VERIFIED");
        assertThat(answers.getBoolean("[0].valid")).isNotNull();
    }

    @Test
    void a_certificate_of_an_unknown_type_is_refused_naming_the_field() {
        asClient().contentType(ContentType.JSON).body("""
                        {"submissionId":"s","declarationId":"d","version":1,"document":{"type":"INVOICE","identifier":"I-1"}}""")
                .when().post("/nsw/v1/certificate-verifications")
                .then().statusCode(400).body("errors[0].field", equalTo("document.type"));
    }

    @Test
    void quarantine_decides_on_a_consignment() {
        String reference = accepted("/quarantine/v1/inspection-requests", """
                {"submissionId":"%s","declarationId":"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f","version":1,
                 "customsDeclarationNumber":"305123456789","direction":"EXPORT","destinationCountry":"CN",
                 "goodsItems":[{"sequenceNumber":1,"hsCode":"08106000","description":"Fresh durian","netWeightKg":18000}]}"""
                .formatted(UUID.randomUUID()), "KDTV-");

        JsonPath answers = awaitAnswers("/quarantine/v1/inspection-requests", reference, 1);
        assertThat(answers.getString("[0].type")).isEqualTo("QUARANTINE_DECIDED");
        assertThat(answers.getString("[0].outcome")).isIn("PASS", "FAIL", "SAMPLE", "TREATMENT");
    }

    @Test
    void the_border_guard_refuses_a_driver_without_a_document() {
        String reference = accepted("/border-guard/v1/crossings", """
                {"submissionId":"%s","bookingCode":"KT2-7XK4P9","direction":"EXPORT",
                 "transportMeans":{"plate":"24C-123.45"},"driver":{"name":"Nguyen Van An","nationality":"VN"}}"""
                .formatted(UUID.randomUUID()), "BP-");

        JsonPath answers = awaitAnswers("/border-guard/v1/crossings", reference, 1);
        assertThat(answers.getString("[0].outcome")).isEqualTo("REFUSED");
        assertThat(answers.getString("[0].bookingCode")).isEqualTo("KT2-7XK4P9");
    }

    @Test
    void while_down_a_system_answers_503_and_takes_work_again_when_up() {
        asAdmin().contentType(ContentType.JSON).body(NO_FAULTS.replace("\"down\":false", "\"down\":true"))
                .when().put("/admin/systems/VNACCS/faults").then().statusCode(200).body("down", equalTo(true));
        var submission = Submissions.durianExport();

        asClient().contentType(ContentType.JSON).body(submission).when().post("/vnaccs/v1/declarations")
                .then().statusCode(503).body("status", equalTo("UNAVAILABLE"));
        long refused = asAdmin().when().get("/admin/systems/VNACCS/counters").then().statusCode(200)
                .extract().jsonPath().getLong("refusedWhileDown");
        assertThat(refused).isPositive();

        asAdmin().contentType(ContentType.JSON).body(NO_FAULTS).when().put("/admin/systems/VNACCS/faults")
                .then().statusCode(200);
        asClient().contentType(ContentType.JSON).body(submission).when().post("/vnaccs/v1/declarations")
                .then().statusCode(202);
        asClient().contentType(ContentType.JSON).body(submission).when().post("/vnaccs/v1/declarations")
                .then().statusCode(202);
        List<Integer> requests = asAdmin().when().get("/admin/systems/VNACCS/lodgements").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.submissionId == '" + submission.submissionId() + "' }.requests");
        assertThat(requests).containsExactly(2);
    }

    @Test
    void while_reordering_polling_lists_the_newest_answer_first() {
        String reference = asClient().contentType(ContentType.JSON).body(Submissions.durianExport())
                .when().post("/vnaccs/v1/declarations").then().statusCode(202).extract().path("agencyReference");
        awaitAnswers("/vnaccs/v1/declarations", reference, 2);

        asAdmin().contentType(ContentType.JSON).body(NO_FAULTS.replace("\"reorder\":false", "\"reorder\":true"))
                .when().put("/admin/systems/VNACCS/faults").then().statusCode(200);

        assertThat(asClient().when().get("/vnaccs/v1/declarations/" + reference + "/answers").then().statusCode(200)
                .extract().jsonPath().getList("type", String.class)).containsExactly("RELEASED", "CHANNEL_ASSIGNED");
    }

    private static String accepted(String path, String body, String prefix) {
        return asClient().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(202).body("agencyReference", startsWith(prefix)).extract().path("agencyReference");
    }

    private static JsonPath awaitAnswers(String path, String reference, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> asClient().when().get(path + "/" + reference + "/answers")
                .then().statusCode(200).extract().jsonPath().getList("$").size() >= count);
        return asClient().when().get(path + "/" + reference + "/answers").then().extract().jsonPath();
    }
}
