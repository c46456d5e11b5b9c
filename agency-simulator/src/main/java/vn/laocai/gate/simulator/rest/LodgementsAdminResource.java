package vn.laocai.gate.simulator.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.simulator.desk.Desk;
import vn.laocai.gate.simulator.desk.Desks;
import vn.laocai.gate.simulator.security.Caller;
import vn.laocai.gate.simulator.security.Guarded;

import java.util.Map;

/** Lets tests and people make a simulated system lose a lodgement, as real systems sometimes do. */
@Guarded(Caller.ADMIN)
@SecurityRequirement(name = "admin-login")
@Path("/admin/lodgements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator administration")
public class LodgementsAdminResource {

    private final Desks desks;

    public LodgementsAdminResource(Desks desks) {
        this.desks = desks;
    }

    @POST
    @Path("/{reference}/lose")
    @Operation(summary = "Lose a lodgement",
            description = "The system that issued the reference forgets it: polls of the reference answer 404, its answers "
                    + "not given yet are never given, and a new submission under the same submissionId is lodged anew, "
                    + "under a new reference. Shows what the sender does with a lost handoff. Administrator login.")
    @APIResponse(responseCode = "200", description = "Lost", content = @Content(examples = @ExampleObject(name = "lost",
            value = "{\"agencyReference\":\"VNACCS-8FEDDE3178EF\",\"system\":\"VNACCS\",\"lost\":true}")))
    @APIResponse(responseCode = "404", description = "No system holds a lodgement under that reference",
            content = @Content(examples = @ExampleObject(name = "unknown",
                    value = "{\"agencyReference\":\"VNACCS-000000000000\",\"lost\":false}")))
    public Response lose(@Parameter(description = "The agency reference the system answered the submission with",
            example = "VNACCS-8FEDDE3178EF") @PathParam("reference") String reference) {
        return desks.issuerOf(reference).filter(desk -> desk.lose(reference))
                .map(Desk::system)
                .map(system -> Response.ok(Map.of("agencyReference", reference, "system", system.name(), "lost", true)))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Map.of("agencyReference", reference, "lost", false)))
                .build();
    }
}
