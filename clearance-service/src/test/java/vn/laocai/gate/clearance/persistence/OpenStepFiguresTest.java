package vn.laocai.gate.clearance.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.DeclarationRepository.StepDwell;
import vn.laocai.gate.clearance.domain.StepState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.clearance.DeclarationMother.submit;
import static vn.laocai.gate.clearance.DeclarationMother.token;

/**
 * The supervisors' figures in PostgreSQL: a step that is done or failed waits for nobody, so it leaves
 * the open figures the moment the officer decides, while the same consignment's other steps stay counted.
 */
@QuarkusTest
class OpenStepFiguresTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DeclarationRepository declarations;

    static void decide(String id, String role, ClearanceStep step, String decision) {
        given().auth().oauth2(token("officer-figures", role)).contentType(ContentType.JSON)
                .body("{\"decision\": \"" + decision + "\", \"reason\": \"checked\"}")
                .when().post("/api/declarations/" + id + "/steps/" + step + "/decisions").then().statusCode(200);
    }

    long cases(ClearanceStep step) {
        return declarations.dwellTimes(Instant.now()).stream().filter(d -> d.step() == step).mapToLong(StepDwell::cases).sum();
    }

    @Test
    void only_open_steps_are_counted_neither_done_nor_failed_ones() {
        String cleared = submit(bootstrap, "trader-figures");
        String refused = submit(bootstrap, "trader-figures");
        long quarantine = cases(ClearanceStep.PLANT_QUARANTINE);
        decide(refused, "quarantine-officer", ClearanceStep.PLANT_QUARANTINE, "FAIL");
        long guard = cases(ClearanceStep.BORDER_GUARD);
        decide(cleared, "border-guard", ClearanceStep.BORDER_GUARD, "CLEAR");

        List<StepDwell> figures = declarations.dwellTimes(Instant.now());
        assertThat(figures).extracting(StepDwell::state)
                .doesNotContain(StepState.DONE, StepState.FAILED, StepState.NOT_REQUIRED);
        assertThat(cases(ClearanceStep.BORDER_GUARD)).as("the border guard cleared one of them").isEqualTo(guard - 1);
        assertThat(cases(ClearanceStep.PLANT_QUARANTINE)).as("quarantine failed one, which is no longer open")
                .isLessThan(quarantine);

        List<Map<String, Object>> api = given().auth().oauth2(token("supervisor-figures", "supervisor"))
                .when().get("/api/clearance/statistics").then().statusCode(200).extract().jsonPath().getList("openSteps");
        assertThat(api).extracting(f -> f.get("state")).doesNotContain("DONE", "FAILED", "NOT_REQUIRED");
        assertThat(api.stream().filter(f -> "BORDER_GUARD".equals(f.get("step")))
                .mapToLong(f -> ((Number) f.get("cases")).longValue()).sum()).isEqualTo(guard - 1);
    }
}
