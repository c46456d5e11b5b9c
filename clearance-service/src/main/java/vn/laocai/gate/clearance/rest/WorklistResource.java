package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.DeclarationService;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.export.ExportFormat;
import vn.laocai.gate.support.export.Exports;
import vn.laocai.gate.support.export.Table;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.i18n.RequestLanguage;
import vn.laocai.gate.support.security.Roles;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An agency's worklist as a file: the open consignments (submitted or in clearance) among the newest 500 whose step of
 * that agency is still open, as the console's worklist page shows them.
 */
@Path("/api/clearance/worklists")
@Tag(name = "Declarations", description = "Consignments and their clearance")
@SecurityRequirement(name = "jwt")
public class WorklistResource {

    /** As many declarations as the officers' list reads at most. */
    static final int NEWEST = 500;
    private static final Set<String> OPEN_DECLARATION = Set.of("SUBMITTED", "IN_CLEARANCE");
    private static final Set<String> CLOSED_STEP = Set.of("DONE", "FAILED", "NOT_REQUIRED");
    private static final String STEPS = "CUSTOMS|HEALTH_QUARANTINE|BORDER_GUARD|PLANT_QUARANTINE|FEE_PAYMENT";

    private final DeclarationService declarations;

    public WorklistResource(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @GET
    @Path("{step}/export.{format}")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @RolesAllowed({Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER,
            Roles.FEE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "An agency's worklist as a spreadsheet",
            description = "Every officer role and supervisor, as GET /api/declarations. The consignments submitted or in clearance, "
                    + "among the newest " + NEWEST + ", whose step is still open (neither DONE nor FAILED nor NOT_REQUIRED), newest "
                    + "first, one row each: customs declaration number, declarant, consignee, bookings, goods lines, the step's state "
                    + "and since when, open holds. CSV (UTF-8 with a byte order mark; a text starting with =, +, - or @ written after "
                    + "an apostrophe) or XLSX, headers in the language of Accept-Language, codes as they are.")
    @APIResponse(responseCode = "200", description = "The worklist as a file (Content-Disposition names it)",
            content = {@Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "one consignment", value = Examples.WORKLIST_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportWorklist(@Parameter(description = "The agency's step", example = "CUSTOMS")
                                   @PathParam("step") @Size(max = 20) @Pattern(regexp = STEPS, message = "{constraint.step}") String step,
                                   @Parameter(description = "csv or xlsx", example = "csv")
                                   @PathParam("format") @Size(max = 4) @Pattern(regexp = ExportFormat.EXTENSIONS, message = "{constraint.export-format}") String format) {
        ExportFormat as = ExportFormat.of("format", format);
        ClearanceStep wanted = step(step);
        Table table = Table.of("worklist-" + wanted.name().toLowerCase().replace('_', '-'), "customsDeclarationNumber", "declarant",
                "consignee", "bookings", "goods", "step", "state", "since", "openHolds");
        for (DeclarationView d : declarations.listRecent(NEWEST).stream().map(DeclarationView::of).toList()) {
            if (!OPEN_DECLARATION.contains(d.status())) {
                continue;
            }
            d.steps().stream().filter(s -> s.step().equals(wanted.name()) && !CLOSED_STEP.contains(s.state())).findFirst()
                    .ifPresent(s -> table.row(d.customsDeclarationNumber(), d.declarantName(), d.consignee(),
                            String.join(" ", d.bookingCodes()), goods(d.goodsLines()), s.step(), s.state(), s.startedAt(),
                            d.holds().stream().filter(DeclarationView.HoldView::open).map(h -> h.step() + ": " + h.reason())
                                    .collect(Collectors.joining("; "))));
        }
        return Exports.response(table, as, PlatformTexts.catalogue(), RequestLanguage.current());
    }

    private static String goods(List<DeclarationView.Line> lines) {
        return lines.stream().map(l -> l.hsCode() + " " + l.description()).collect(Collectors.joining("; "));
    }

    private static ClearanceStep step(String value) {
        try {
            return ClearanceStep.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("step", "must be a step such as CUSTOMS");
        }
    }
}
