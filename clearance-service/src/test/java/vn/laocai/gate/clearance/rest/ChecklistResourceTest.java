package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;
import static vn.laocai.gate.clearance.DeclarationMother.uploadFruitDocumentsButPhyto;

/** Officers' checklists: what their agency's step verifies on a consignment, and why, from the requirement rules. */
@QuarkusTest
class ChecklistResourceTest {

    static final String TRADER = "trader-checklist";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static JsonPath checklist(String id, String user, String role, String step) {
        var request = given().auth().oauth2(token(user, role));
        if (step != null) {
            request = request.queryParam("step", step);
        }
        return request.when().get("/api/declarations/" + id + "/checklist").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_quarantine_officer_checks_a_durian_export_for_its_phyto_and_gacc_codes_with_the_reason_and_source_of_each() {
        String id = submit(bootstrap, TRADER);
        uploadFruitDocumentsButPhyto(id, TRADER);

        JsonPath list = checklist(id, "kd-2", "quarantine-officer", null);
        assertThat(list.getString("step")).isEqualTo("PLANT_QUARANTINE");
        assertThat(list.getString("rulesVersion")).isEqualTo("2026.2");
        assertThat(list.getList("items.document")).containsExactlyInAnyOrder(
                "PHYTOSANITARY_CERTIFICATE", null, "PLANTING_AREA_CODE", "PACKING_HOUSE_CODE");
        assertThat(list.getBoolean("items.find { it.document == 'PHYTOSANITARY_CERTIFICATE' }.present")).isFalse();
        assertThat(list.getBoolean("items.find { it.document == 'PLANTING_AREA_CODE' }.present")).isTrue();
        assertThat(list.getString("items.find { it.document == 'PLANTING_AREA_CODE' }.attached[0].number")).isEqualTo("VN-LCA-0101");
        assertThat(list.getString("items.find { it.document == 'PLANTING_AREA_CODE' }.attached[0].gaccList.status")).isEqualTo("ACTIVE");
        assertThat(list.getString("items.find { it.document == 'PLANTING_AREA_CODE' }.what.en")).contains("GACC's approved list");
        assertThat(list.getString("items.find { it.document == 'PLANTING_AREA_CODE' }.what.zh")).contains("种植基地编码");
        assertThat(list.getString("items.find { it.document == 'PHYTOSANITARY_CERTIFICATE' }.why.vi")).contains("kiểm dịch thực vật");
        assertThat(list.getList("items.find { it.document == 'PHYTOSANITARY_CERTIFICATE' }.sources", String.class))
                .anyMatch(s -> s.contains("Decree 116/2014/ND-CP"));
        assertThat(list.getList("items.find { it.document == 'PACKING_HOUSE_CODE' }.sources", String.class))
                .anyMatch(s -> s.contains("GACC Decree 248"));

        JsonPath customs = checklist(id, "hq-2", "customs-officer", null);
        assertThat(customs.getList("items.document")).containsExactlyInAnyOrder("INVOICE", "PACKING_LIST", "CERTIFICATE_OF_ORIGIN");
        assertThat(checklist(id, "gs-1", "supervisor", "HEALTH_QUARANTINE").getList("items")).isEmpty();
    }

    @Test
    void an_officer_reads_only_their_agencys_checklist_and_a_supervisor_names_the_step() {
        String id = submit(bootstrap, TRADER);
        given().auth().oauth2(token("hq-3", "customs-officer")).queryParam("step", "PLANT_QUARANTINE")
                .when().get("/api/declarations/" + id + "/checklist").then().statusCode(403);
        given().auth().oauth2(token(TRADER, "trader"))
                .when().get("/api/declarations/" + id + "/checklist").then().statusCode(403);
        given().auth().oauth2(token("gs-2", "supervisor"))
                .when().get("/api/declarations/" + id + "/checklist").then().statusCode(400).body("violations.field", hasItem("step"));
        given().auth().oauth2(token("kd-3", "quarantine-officer")).queryParam("step", "PLANT")
                .when().get("/api/declarations/" + id + "/checklist").then().statusCode(400).body("violations.field", hasItem("step"));
        assertThat(Arrays.asList(checklist(id, "kd-3", "quarantine-officer", "PLANT_QUARANTINE").getString("step"))).containsExactly("PLANT_QUARANTINE");
    }
}
