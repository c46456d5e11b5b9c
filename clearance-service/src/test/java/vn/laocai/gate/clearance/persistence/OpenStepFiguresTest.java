package vn.laocai.gate.clearance.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    @Inject
    EntityManager em;

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

    /** The rows the statistics read, as the triggers keep them and as a scan of every step would find them. */
    @SuppressWarnings("unchecked")
    List<String> openSteps(String sql) {
        return ((List<Object[]>) em.createNativeQuery(sql).getResultList()).stream()
                .map(r -> r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3]).sorted().toList();
    }

    @Test
    @Transactional
    void the_kept_open_steps_are_exactly_those_a_scan_of_all_steps_finds() {
        String open = submit(bootstrap, "trader-kept");
        String refused = submit(bootstrap, "trader-kept");
        decide(open, "border-guard", ClearanceStep.BORDER_GUARD, "CLEAR");
        decide(refused, "quarantine-officer", ClearanceStep.PLANT_QUARANTINE, "FAIL");

        List<String> kept = openSteps("select cast(declaration_id as text), position, step, state from open_clearance_step");
        List<String> scanned = openSteps("""
                select cast(s.declaration_id as text), s.position, s.step, s.state from clearance_step s
                join declaration d on d.id = s.declaration_id
                where d.status not in ('CLEARED', 'REJECTED') and s.state not in ('NOT_REQUIRED', 'DONE', 'FAILED')""");
        assertThat(kept).isEqualTo(scanned);
        assertThat(kept).as("the open declaration's steps still waiting are kept").anyMatch(r -> r.startsWith(open + "/"));
        assertThat(kept).as("its cleared step is not").noneMatch(r -> r.startsWith(open + "/") && r.contains("/BORDER_GUARD/"));
    }
}
