package vn.laocai.gate.queue.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.queue.BookingMother;
import vn.laocai.gate.queue.YardMother;
import vn.laocai.gate.support.export.ExportFiles;
import vn.laocai.gate.support.export.ExportFormat;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.laocai.gate.queue.YardMother.post;

/** The yard board as CSV and XLSX: the vehicles of the JSON board, safe in a spreadsheet. */
@QuarkusTest
class YardExportTest {

    /** A hold reason a spreadsheet would take for a formula, with a quote and a line break in it. */
    static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"open\")\nreefer";

    @Test
    void the_board_as_csv_and_xlsx_has_the_vehicles_of_the_json_board_and_keeps_a_formula_a_text() throws Exception {
        YardMother.roomToday("IMPORT");
        String plate = BookingMother.uniquePlate();
        String code = BookingMother.bookJson("driver-export", BookingMother.bookingJson(plate, Instant.now(), "IMPORT", "GENERAL"));
        YardMother.checkInByPlate(plate);
        post("/api/yard/vehicles/" + code + "/hold", "{\"reason\": \"" + HOSTILE.replace("\"", "\\\"").replace("\n", "\\n") + "\"}")
                .then().statusCode(200);

        JsonPath board = given().auth().oauth2(YardMother.officer()).queryParam("direction", "IMPORT").when().get("/api/yard/queue")
                .then().statusCode(200).extract().jsonPath();
        int vehicles = board.getInt("[0].waitingCount") + board.getInt("[0].gateAreaCount");

        byte[] csv = given().auth().oauth2(BookingMother.token("guard-1", "border-guard")).header("Accept-Language", "en")
                .queryParam("direction", "IMPORT").when().get("/api/yard/queue/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"yard-board.csv\""))
                .extract().asByteArray();
        List<List<String>> rows = ExportFiles.csv(csv);
        assertThat(rows.get(0).subList(0, 5)).containsExactly("Direction", "Section", "Position", "Booking", "Plate");
        assertThat(rows).hasSize(vehicles + 1);
        assertThat(rows.stream().filter(r -> r.get(1).equals("WAITING")).count()).isEqualTo(board.getInt("[0].waitingCount"));
        List<String> mine = rows.stream().filter(r -> r.get(3).equals(code)).findFirst().orElseThrow();
        assertThat(mine.get(2)).isEqualTo(String.valueOf(board.getInt("[0].waiting.find { it.code == '" + code + "' }.position")));
        assertThat(mine.get(7)).isEqualTo("vehicle-held");
        // the quote and the line break survive; the leading = does not make it a formula
        assertThat(mine.get(9)).isEqualTo("'" + HOSTILE);

        byte[] xlsx = given().auth().oauth2(BookingMother.token("boss", "supervisor")).header("Accept-Language", "zh")
                .queryParam("direction", "IMPORT").when().get("/api/yard/queue/export.xlsx").then().statusCode(200)
                .contentType(startsWith(ExportFormat.XLSX_TYPE)).extract().asByteArray();
        List<List<String>> sheet = ExportFiles.xlsx(xlsx);
        assertThat(sheet.get(0).get(0)).isEqualTo("方向");
        assertThat(sheet).hasSize(vehicles + 1);
        assertThat(sheet.stream().filter(r -> r.size() > 9 && r.get(3).equals(code)).findFirst().orElseThrow().get(9)).isEqualTo(HOSTILE);

        post("/api/yard/vehicles/" + code + "/lift-hold", "{\"reason\": \"checked\"}").then().statusCode(200);
        given().auth().oauth2(YardMother.officer()).when().get("/api/yard/queue/export.ods").then().statusCode(400);
        given().auth().oauth2(BookingMother.token("driver-export", "driver")).when().get("/api/yard/queue/export.csv").then().statusCode(403);
    }
}
