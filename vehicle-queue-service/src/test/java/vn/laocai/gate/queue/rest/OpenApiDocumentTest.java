package vn.laocai.gate.queue.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document names every endpoint with a security requirement, and shows examples of what goes in. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void every_endpoint_has_a_summary_a_security_requirement_and_examples_of_its_inputs() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?>) || !List.of("get", "post", "put", "delete").contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (operation.get("summary") == null) {
                    missing.add(name + ": summary");
                }
                boolean open = path.getKey().startsWith("/api/open-data/");
                if (operation.get("security") == null && !open) {
                    missing.add(name + ": security");
                }
                if (operation.get("security") != null && open) {
                    missing.add(name + ": open data needs no login");
                }
                for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if ("path".equals(parameter.get("in")) && parameter.get("example") == null
                            && !(parameter.get("schema") instanceof Map<?, ?> s && (s.get("enum") != null || s.get("$ref") != null))) {
                        missing.add(name + ": example of " + parameter.get("name"));
                    }
                }
                if (operation.get("requestBody") instanceof Map<?, ?> body) {
                    Map<String, Object> content = (Map<String, Object>) body.get("content");
                    boolean examples = content.values().stream().anyMatch(c -> ((Map<String, Object>) c).get("examples") != null);
                    if (!examples) {
                        missing.add(name + ": request example");
                    }
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(20);
        assertThat(missing).isEmpty();
        assertThat(paths).containsKeys("/api/partner/v1/crossings", "/api/partner/v1/reads", "/api/open-data/v1/crossings",
                "/api/open-data/v1/crossings.csv", "/api/open-data/v1/crossings/dictionary");
        assertThat(doc.getList("paths.'/api/partner/v1/crossings'.get.tags")).containsExactly("Partner API v1");
    }
}
