package vn.laocai.gate.support.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.laocai.gate.support.security.Roles;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every service that serves the partner API and an open dataset runs against itself (RestAssured, the
 * service under test): the role matrix read from its own OpenAPI document, a refusal naming its field, and a day's
 * dataset as JSON, CSV and data dictionary agreeing column for column.
 */
public final class PartnerChecks {

    /** Every role but the partner's. */
    public static final List<String> OTHER_ROLES = List.of(Roles.DRIVER, Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD,
            Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR,
            Roles.AGENCY_SYSTEM);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PartnerChecks() {
    }

    /**
     * The partner API at {@code partnerPath} admits the partner-agency role alone (401 without a token); and a partner's
     * token is refused (403) by every other operation of the document that needs a token. {@code tokenOf} mints the
     * token of a user and role. Answers the operations checked, as {@code get /api/...}.
     */
    public static List<String> roleMatrix(String partnerPath, BiFunction<String, String, String> tokenOf) {
        for (String role : OTHER_ROLES) {
            given().auth().oauth2(tokenOf.apply("not-a-partner", role)).when().get(partnerPath)
                    .then().statusCode(403);
        }
        given().when().get(partnerPath).then().statusCode(401);
        String partner = tokenOf.apply("partner-matrix", Roles.PARTNER_AGENCY);
        given().auth().oauth2(partner).when().get(partnerPath).then().statusCode(200);

        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        // a path's entries are its operations and, when its parameters are shared, a "parameters" list
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        List<String> checked = new ArrayList<>();
        paths.forEach((path, entries) -> entries.forEach((method, entry) -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(method) || !(entry instanceof Map<?, ?> operation)
                    || !(operation.get("security") instanceof List<?> security)
                    || security.isEmpty() || security.contains(Map.of()) || path.equals(partnerPath)) {
                // no security, none listed or an empty requirement: an operation anyone may call (open data, QR keys)
                return;
            }
            String concrete = concrete(path, entries.get("parameters"), operation.get("parameters"));
            RequestSpecification request = given().auth().oauth2(partner);
            if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
                String type = (String) content.keySet().iterator().next();
                request = type.startsWith("multipart/") ? request.multiPart("type", "x") : request.contentType(type).body("{}");
            } else if (!"get".equals(method) && !"delete".equals(method)) {
                request = request.contentType("application/json").body("{}"); // a resource consuming JSON answers 415 first
            }
            assertThat(request.when().request(method, concrete).statusCode()).as(method + " " + path).isEqualTo(403);
            checked.add(method + " " + path);
        }));
        return checked;
    }

    /**
     * The path with each parameter given its documented example (a well-formed value, so that the refusal tried is
     * the role's, not the value's), or a UUID where none is documented.
     */
    static String concrete(String path, Object... parameterLists) {
        String concrete = path;
        for (Object list : parameterLists) {
            if (list instanceof List<?> parameters) {
                for (Object parameter : parameters) {
                    if (parameter instanceof Map<?, ?> p && "path".equals(p.get("in")) && p.get("example") != null) {
                        concrete = concrete.replace("{" + p.get("name") + "}", String.valueOf(p.get("example")));
                    }
                }
            }
        }
        return concrete.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
    }

    /** The answer is a 400 problem naming {@code field}. */
    public static void refusedNaming(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("violations[0].field")).isEqualTo(field);
    }

    /** A day's dataset as served: its JSON rows, and its CSV records, whose header is the JSON's columns and the dictionary's. */
    public record Dataset(List<Map<String, Object>> rows, List<String> columns, List<CSVRecord> csv) {
    }

    /**
     * Reads {@code path} (JSON), {@code path.csv} and {@code path/dictionary} for {@code day}, without a token: the CSV
     * parses as RFC 4180 with the JSON's columns as its header, an attachment named {@code <dataset>-<day>.csv}, and the
     * dictionary describes every column, in order, with its unit and source.
     */
    public static Dataset dataset(String path, String day) {
        JsonPath json = given().queryParam("day", day).when().get(path).then().statusCode(200).extract().jsonPath();
        List<String> columns = json.getList("columns");
        Response csv = given().queryParam("day", day).when().get(path + ".csv");
        csv.then().statusCode(200).contentType("text/csv");
        assertThat(csv.header("Content-Disposition")).contains(json.getString("dataset") + "-" + day + ".csv");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString()))) {
            assertThat(parser.getHeaderNames()).isEqualTo(columns);
            records = parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(json.getString("dictionary")).isEqualTo(path + "/dictionary");
        JsonNode dictionary;
        try {
            dictionary = JSON.readTree(given().when().get(path + "/dictionary").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> described = new ArrayList<>();
        dictionary.get("columns").forEach(c -> {
            String name = c.get("name").asText();
            described.add(name);
            assertThat(c.get("description").asText()).as(name).isNotBlank();
            assertThat(c.has("unit")).as(name).isTrue();
            assertThat(c.get("source").asText()).as(name).isNotBlank();
        });
        assertThat(described).as("the dictionary describes every column").containsExactlyElementsOf(columns);
        List<Map<String, Object>> rows = json.getList("rows");
        assertThat(records).hasSameSizeAs(rows);
        return new Dataset(rows, columns, records);
    }
}
