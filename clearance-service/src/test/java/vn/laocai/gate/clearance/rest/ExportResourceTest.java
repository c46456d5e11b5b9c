package vn.laocai.gate.clearance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.export.ExportFiles;
import vn.laocai.gate.support.export.ExportFormat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.clearance.DeclarationMother.announceBooking;
import static vn.laocai.gate.clearance.DeclarationMother.declarationJson;
import static vn.laocai.gate.clearance.DeclarationMother.declarationNumber;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.submitBody;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** The statistics and the worklists as CSV and XLSX: the same figures as the JSON reads, safe in a spreadsheet. */
@QuarkusTest
class ExportResourceTest {

    static final String TRADER = "trader-export";
    /** A consignee a spreadsheet would take for a formula, with a quote and a line break in it. */
    static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"open\")\nHekou";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void the_statistics_of_a_period_as_csv_and_xlsx_have_the_totals_of_the_json_read() throws Exception {
        Instant from = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        submit(bootstrap, TRADER);
        submit(bootstrap, TRADER);
        Instant to = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> period = Map.of("from", from.toString(), "to", to.toString());

        List<Map<String, Object>> json = given().auth().oauth2(token("sup-1", "supervisor")).queryParams(period)
                .when().get("/api/clearance/statistics").then().statusCode(200).extract().jsonPath().getList("openSteps");
        long jsonCases = json.stream().mapToLong(s -> ((Number) s.get("cases")).longValue()).sum();
        // two declarations, each with at least customs, the border check and the fee open
        assertThat(jsonCases).isGreaterThanOrEqualTo(6);

        var csv = given().auth().oauth2(token("sup-1", "supervisor")).header("Accept-Language", "en").queryParams(period)
                .when().get("/api/clearance/statistics/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"clearance-statistics.csv\""))
                .extract().asByteArray();
        List<List<String>> rows = ExportFiles.csv(csv);
        assertThat(rows.get(0)).containsExactly("Step", "State", "Consignments", "Mean time in step (s)", "Longest time in step (s)");
        assertThat(rows.subList(1, rows.size()).stream().mapToLong(r -> Long.parseLong(r.get(2))).sum()).isEqualTo(jsonCases);
        assertThat(rows).hasSize(json.size() + 1);

        var xlsx = given().auth().oauth2(token("sup-1", "supervisor")).header("Accept-Language", "vi").queryParams(period)
                .when().get("/api/clearance/statistics/export.xlsx").then().statusCode(200)
                .contentType(startsWith(ExportFormat.XLSX_TYPE)).extract().asByteArray();
        List<List<String>> sheet = ExportFiles.xlsx(xlsx);
        assertThat(sheet.get(0).get(0)).isEqualTo("Khâu");
        assertThat(sheet.subList(1, sheet.size()).stream().mapToLong(r -> Long.parseLong(r.get(2))).sum()).isEqualTo(jsonCases);
    }

    @Test
    void a_bad_or_too_long_period_is_refused_naming_its_field_and_only_supervisors_export_the_statistics() {
        given().auth().oauth2(token("sup-1", "supervisor")).queryParam("from", "last week").queryParam("to", "2026-06-01T00:00:00Z")
                .when().get("/api/clearance/statistics/export.csv").then().statusCode(400).body("violations.field", hasItem("from"));
        given().auth().oauth2(token("sup-1", "supervisor")).queryParam("from", "2025-01-01T00:00:00Z").queryParam("to", "2026-06-01T00:00:00Z")
                .when().get("/api/clearance/statistics/export.csv").then().statusCode(400).body("violations.field", hasItem("to"));
        given().auth().oauth2(token("sup-1", "supervisor")).queryParam("from", "2026-06-01T00:00:00Z").queryParam("to", "2026-05-01T00:00:00Z")
                .when().get("/api/clearance/statistics").then().statusCode(400).body("violations.field", hasItem("to"));
        given().auth().oauth2(token("sup-1", "supervisor")).when().get("/api/clearance/statistics/export.pdf").then().statusCode(400);
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/clearance/statistics/export.csv").then().statusCode(403);
    }

    @Test
    void the_customs_worklist_as_csv_lists_what_the_json_list_does_and_keeps_a_formula_a_text() throws Exception {
        String number = declarationNumber();
        String body = declarationJson(number, announceBooking(bootstrap, "EXPORT"))
                .replace("\"Hekou Fruit Trading Co., Ltd.\"", "\"" + HOSTILE.replace("\"", "\\\"").replace("\n", "\\n") + "\"");
        submitBody(TRADER, body);

        List<Map<String, Object>> declarations = given().auth().oauth2(token("cus-1", "customs-officer"))
                .queryParam("limit", 500).when().get("/api/declarations").then().statusCode(200).extract().jsonPath().getList("$");
        long open = declarations.stream().filter(ExportResourceTest::customsOpen).count();

        byte[] csv = given().auth().oauth2(token("cus-1", "customs-officer")).header("Accept-Language", "en")
                .when().get("/api/clearance/worklists/CUSTOMS/export.csv").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"worklist-customs.csv\""))
                .extract().asByteArray();
        List<List<String>> rows = ExportFiles.csv(csv);
        assertThat(rows.get(0).get(0)).isEqualTo("Customs declaration");
        assertThat(rows).hasSize((int) open + 1);
        List<String> mine = rows.stream().filter(r -> r.get(0).equals(number)).findFirst().orElseThrow();
        // the quote and the line break survive; the leading = does not make it a formula
        assertThat(mine.get(2)).isEqualTo("'" + HOSTILE);
        assertThat(mine.get(5)).isEqualTo("CUSTOMS");

        List<List<String>> sheet = ExportFiles.xlsx(given().auth().oauth2(token("cus-1", "customs-officer"))
                .when().get("/api/clearance/worklists/CUSTOMS/export.xlsx").then().statusCode(200).extract().asByteArray());
        assertThat(sheet).hasSize((int) open + 1);
        assertThat(sheet.stream().filter(r -> r.get(0).equals(number)).findFirst().orElseThrow().get(2)).isEqualTo(HOSTILE);

        given().auth().oauth2(token("cus-1", "customs-officer")).when().get("/api/clearance/worklists/NOT_A_STEP/export.csv")
                .then().statusCode(400).body("violations.field", hasItem("step"));
        given().auth().oauth2(token(TRADER, "trader")).when().get("/api/clearance/worklists/CUSTOMS/export.csv").then().statusCode(403);
        given().contentType(ContentType.JSON).when().get("/api/clearance/worklists/CUSTOMS/export.csv").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    private static boolean customsOpen(Map<String, Object> d) {
        String status = (String) d.get("status");
        if (!"SUBMITTED".equals(status) && !"IN_CLEARANCE".equals(status)) {
            return false;
        }
        return ((List<Map<String, Object>>) d.get("steps")).stream().anyMatch(s -> "CUSTOMS".equals(s.get("step"))
                && !List.of("DONE", "FAILED", "NOT_REQUIRED").contains(s.get("state")));
    }

}
