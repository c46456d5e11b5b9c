package vn.laocai.gate.clearance.application;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/** Open cases per step at /q/metrics (the management interface) after a declaration is submitted, as the supervisors' figures count them. */
@QuarkusTest
class ClearanceMetricsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ClearanceMetrics metrics;

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @Test
    void a_submitted_declaration_counts_among_the_open_cases_of_its_steps() {
        submit(bootstrap, "trader-metrics");

        metrics.refresh();
        List<Map<String, Object>> figures = given().auth().oauth2(token("supervisor-metrics", "supervisor"))
                .when().get("/api/clearance/statistics").then().statusCode(200).extract().jsonPath().getList("openSteps");
        String text = given().when().get(metricsUrl).then().statusCode(200).extract().asString();
        List<String> openCases = text.lines().filter(l -> l.startsWith("clearance_open_cases{")).toList();

        assertThat(figures).isNotEmpty();
        assertThat(openCases.stream().mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum())
                .isGreaterThanOrEqualTo(1.0);
        for (Map<String, Object> f : figures) {
            assertThat(openCases).as(f.toString()).anyMatch(l -> l.contains("step=\"" + f.get("step") + "\"")
                    && l.contains("state=\"" + f.get("state") + "\""));
        }
        assertThat(text).contains("gate_outbox_pending{application=\"clearance-service\"}");
    }
}
