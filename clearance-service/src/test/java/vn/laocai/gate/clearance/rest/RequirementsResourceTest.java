package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.laocai.gate.clearance.DeclarationMother.read;
import static vn.laocai.gate.clearance.DeclarationMother.submit;

/** The requirements enquiry: answered with no login and no declaration, with reasons and sources, as a declaration is then asked. */
@QuarkusTest
class RequirementsResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static JsonPath ask(Object... params) {
        var request = given().header("Accept-Language", "en");
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get("/api/requirements").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void durian_for_china_is_answered_without_login_or_declaration_with_each_rules_reason_and_source() {
        JsonPath answer = ask("hsCode", "0810.60.00", "direction", "EXPORT", "country", "CN",
                "vehicleType", "TRUCK", "weightClass", "OVER_10T");

        assertThat(answer.getString("rulesVersion")).isEqualTo("2026.2");
        assertThat(answer.getList("documents.type", String.class)).containsExactlyInAnyOrder("INVOICE", "PACKING_LIST",
                "CERTIFICATE_OF_ORIGIN", "PHYTOSANITARY_CERTIFICATE", "PLANTING_AREA_CODE", "PACKING_HOUSE_CODE");
        assertThat(answer.getList("documents.find { it.type == 'PLANTING_AREA_CODE' }.rules", String.class))
                .containsExactly("fruit-vegetables-export-china");
        assertThat(answer.getList("steps.step", String.class))
                .containsExactlyInAnyOrder("CUSTOMS", "BORDER_GUARD", "FEE_PAYMENT", "PLANT_QUARANTINE");
        assertThat(answer.getString("steps.find { it.step == 'PLANT_QUARANTINE' }.agencyRole")).isEqualTo("quarantine-officer");

        Map<String, Object> quarantine = answer.getMap("rules.find { it.id == 'plants-export-china' }");
        assertThat(answer.getString("rules.find { it.id == 'plants-export-china' }.why.vi")).contains("kiểm dịch thực vật");
        assertThat(answer.getString("rules.find { it.id == 'plants-export-china' }.why.en")).contains("phytosanitary certificate");
        assertThat(answer.getString("rules.find { it.id == 'plants-export-china' }.why.zh")).contains("植物检疫证书");
        assertThat(quarantine.get("sources").toString()).contains("Decree 116/2014/ND-CP", "Circular 15/2018/TT-BNNPTNT");
        assertThat(answer.getList("rules.find { it.id == 'fruit-vegetables-export-china' }.sources", String.class))
                .anyMatch(s -> s.contains("GACC Decree 248"));

        assertThat(answer.getString("fee.goodsClass")).isEqualTo("FRESH_PRODUCE");
        assertThat(answer.getLong("fee.assessed.amountVnd")).isEqualTo(500_000L);
        assertThat(answer.getList("fee.rates.baseVnd", Long.class)).contains(100_000L);
        assertThat(answer.getList("fee.sources", String.class)).anyMatch(s -> s.contains("Lao Cai"));
    }

    @Test
    void imported_food_needs_health_quarantine_under_the_food_safety_decree_and_ore_pays_five_times() {
        JsonPath food = ask("hsCode", "2009.89", "direction", "IMPORT", "country", "CN", "inlandDelivery", "true");
        assertThat(food.getList("steps.step", String.class)).contains("HEALTH_QUARANTINE").doesNotContain("PLANT_QUARANTINE");
        assertThat(food.getList("rules.find { it.id == 'food-import-health' }.sources", String.class))
                .anyMatch(s -> s.contains("Decree 15/2018/ND-CP"));
        assertThat(food.getMap("fee.multiplierPercent")).containsEntry("IMPORT_INLAND_DELIVERY", 130);

        JsonPath ore = ask("hsCode", "260300", "direction", "IMPORT", "country", "CN", "weightClass", "OVER_10T");
        assertThat(ore.getString("fee.goodsClass")).isEqualTo("GENERAL");
        assertThat(ore.getLong("fee.assessed.amountVnd")).isEqualTo(5_000_000L);
    }

    @Test
    void a_declaration_submitted_after_the_enquiry_is_asked_for_what_the_enquiry_answered() {
        JsonPath answer = ask("hsCode", "0810.60.00", "direction", "EXPORT", "country", "CN");
        String id = submit(bootstrap, "trader-enquirer");
        JsonPath declared = read(id, "trader-enquirer");
        assertThat(declared.getList("requiredDocuments", String.class))
                .containsExactlyInAnyOrderElementsOf(answer.getList("documents.type", String.class));
        assertThat(declared.getList("steps.findAll { it.state != 'NOT_REQUIRED' }.step", String.class))
                .containsExactlyInAnyOrderElementsOf(answer.getList("steps.step", String.class));
    }

    @Test
    void a_bad_hs_code_direction_or_country_is_a_problem_naming_the_field() {
        given().header("Accept-Language", "en").queryParam("hsCode", "0810.60.00").queryParam("hsCode", "81")
                .queryParam("direction", "EXPORT").queryParam("country", "CN")
                .when().get("/api/requirements").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("hsCode[1]"))
                .body("violations.find { it.field == 'hsCode[1]' }.message", equalTo("must be an HS code of at least 6 digits, such as 0810.60 or 08106000"));
        given().queryParam("hsCode", "081060").queryParam("direction", "SIDEWAYS").queryParam("country", "China")
                .when().get("/api/requirements").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("direction", "country"));
        given().queryParam("direction", "EXPORT").queryParam("country", "CN")
                .when().get("/api/requirements").then().statusCode(400)
                .body("violations.field", hasItem("hsCode"));
    }
}
