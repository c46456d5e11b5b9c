package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.DeclarationService;
import vn.laocai.gate.clearance.domain.DeclarationRepository.StepDwell;
import vn.laocai.gate.support.export.ExportFormat;
import vn.laocai.gate.support.export.Exports;
import vn.laocai.gate.support.export.Period;
import vn.laocai.gate.support.export.Table;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.i18n.RequestLanguage;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.validation.Bounds;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Live figures for supervisors: how many open consignments stand at each step, and for how long. */
@Path("/api/clearance/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Counts per step and dwell times")
@SecurityRequirement(name = "jwt")
public class StatisticsResource {

    private static final String PERIOD = " With from and to (ISO-8601 instants, to after from, at most 366 days apart), only the "
            + "open steps that started in [from, to); a bad or too long period is a 400 naming from or to.";

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
            description = "Role supervisor. For every step still open (neither DONE nor FAILED nor NOT_REQUIRED) of open consignments, per state: how many, and the mean and longest time they have spent in that step." + PERIOD)
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statistics.class)))
    public Statistics statistics(@Parameter(description = "Steps started at or after (ISO-8601 instant)", example = "2026-06-01T00:00:00Z")
                                 @QueryParam("from") @Size(max = Bounds.INSTANT_LENGTH) String from,
                                 @Parameter(description = "Steps started before (ISO-8601 instant)", example = "2026-07-01T00:00:00Z")
                                 @QueryParam("to") @Size(max = Bounds.INSTANT_LENGTH) String to) {
        List<StepFigures> steps = dwellTimes(Period.parse(from, to)).stream()
                .map(d -> new StepFigures(d.step().name(), d.state().name(), d.cases(), d.mean().toSeconds(), d.longest().toSeconds()))
                .toList();
        Map<String, Long> expected = new TreeMap<>();
        declarations.expectedStepDurations().forEach((step, duration) -> expected.put(step.name(), duration.toSeconds()));
        return new Statistics(steps, expected);
    }

    @GET
    @Path("export.{format}")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Counts per step and dwell times as a spreadsheet",
            description = "Role supervisor. The figures of GET /api/clearance/statistics for the same period, one row per step and "
                    + "state: CSV (UTF-8 with a byte order mark; a text starting with =, +, - or @ written after an apostrophe) or "
                    + "XLSX, headers in the language of Accept-Language, steps and states as codes." + PERIOD)
    @APIResponse(responseCode = "200", description = "The figures as a file (Content-Disposition names it)",
            content = {@Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two steps", value = Examples.STATISTICS_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportStatistics(@Parameter(description = "csv or xlsx", example = "csv")
                                     @PathParam("format") @Size(max = 4) @Pattern(regexp = ExportFormat.EXTENSIONS, message = "{constraint.export-format}") String format,
                                     @Parameter(description = "Steps started at or after (ISO-8601 instant)", example = "2026-06-01T00:00:00Z")
                                     @QueryParam("from") @Size(max = Bounds.INSTANT_LENGTH) String from,
                                     @Parameter(description = "Steps started before (ISO-8601 instant)", example = "2026-07-01T00:00:00Z")
                                     @QueryParam("to") @Size(max = Bounds.INSTANT_LENGTH) String to) {
        ExportFormat as = ExportFormat.of("format", format);
        Period period = Period.parse(from, to);
        Table table = Table.of("clearance-statistics", "step", "state", "cases", "meanDwellSeconds", "longestDwellSeconds");
        dwellTimes(period).forEach(d -> table.row(d.step(), d.state(), d.cases(), d.mean().toSeconds(), d.longest().toSeconds()));
        return Exports.response(table, as, PlatformTexts.catalogue(), RequestLanguage.current());
    }

    private List<StepDwell> dwellTimes(Period period) {
        return period == null ? declarations.dwellTimes() : declarations.dwellTimes(period.from(), period.to());
    }
}
