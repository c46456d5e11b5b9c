package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.DeclarationService;
import vn.laocai.gate.support.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Live figures for supervisors: how many open consignments stand at each step, and for how long. */
@Path("/api/clearance/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Counts per step and dwell times")
@SecurityRequirement(name = "jwt")
public class StatisticsResource {

    private final DeclarationService declarations;

    public StatisticsResource(DeclarationService declarations) {
        this.declarations = declarations;
    }

    /** The figures. */
    @Schema(name = "ClearanceStatistics")
    public record Statistics(List<StepFigures> openSteps,
                             @Schema(description = "Expected duration of each step in seconds (observed mean, else the configured default)")
                             Map<String, Long> expectedStepSeconds) {
    }

    /** Open consignments in one open state of one step (a step DONE, FAILED or NOT_REQUIRED is never listed). */
    @Schema(name = "StepFigures")
    public record StepFigures(@Schema(example = "PLANT_QUARANTINE") String step, @Schema(example = "PENDING") String state,
                              @Schema(example = "12") long cases,
                              @Schema(description = "Mean time since the step started, in seconds", example = "1260") long meanDwellSeconds,
                              @Schema(description = "Longest time since the step started, in seconds", example = "5400") long longestDwellSeconds) {
    }

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Counts per step and dwell times",
            description = "Role supervisor. For every step still open (neither DONE nor FAILED nor NOT_REQUIRED) of open consignments, per state: how many, and the mean and longest time they have spent in that step.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statistics.class)))
    public Statistics statistics() {
        List<StepFigures> steps = declarations.dwellTimes().stream()
                .map(d -> new StepFigures(d.step().name(), d.state().name(), d.cases(), d.mean().toSeconds(), d.longest().toSeconds()))
                .toList();
        Map<String, Long> expected = new TreeMap<>();
        declarations.expectedStepDurations().forEach((step, duration) -> expected.put(step.name(), duration.toSeconds()));
        return new Statistics(steps, expected);
    }
}
