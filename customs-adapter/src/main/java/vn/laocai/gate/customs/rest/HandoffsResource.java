package vn.laocai.gate.customs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.customs.application.HandoffQueries;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.security.Roles;

import java.util.List;

/** Lets officers see what was handed to which agency, and what is still pending or failing. */
@Path("/api/handoffs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs")
@SecurityRequirement(name = "jwt")
public class HandoffsResource {

    private final HandoffQueries queries;

    public HandoffsResource(HandoffQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Handoffs of a declaration",
            description = "Every handoff of the declaration's versions to agency systems, with its state, attempts, "
                    + "last error and agency reference. Empty when nothing was handed off yet.")
    @APIResponse(responseCode = "200", description = "The handoffs, oldest version first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HandoffView.class),
                    examples = @ExampleObject(name = "customs down", value = "[{\"id\":\"2b0f4c1e-8d7a-4f3b-9c2d-1e0f9a8b7c6d\","
                            + "\"agencySystem\":\"VNACCS\",\"declarationId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\",\"version\":1,"
                            + "\"customsDeclarationNumber\":\"305123456789\",\"state\":\"PENDING\",\"attempts\":3,"
                            + "\"lastError\":\"ClientWebApplicationException: VNACCS answered 503\","
                            + "\"nextAttemptAt\":\"2026-06-15T01:31:10Z\",\"createdAt\":\"2026-06-15T01:30:00Z\",\"releaseHeld\":false}]")))
    @APIResponse(responseCode = "400", description = "declarationId missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the role customs-officer or supervisor")
    public List<HandoffView> ofDeclaration(
            @Parameter(description = "The platform's declaration id", example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f")
            @QueryParam("declarationId") @NotBlank String declarationId) {
        return queries.ofDeclaration(declarationId).stream().map(HandoffView::of).toList();
    }
}
