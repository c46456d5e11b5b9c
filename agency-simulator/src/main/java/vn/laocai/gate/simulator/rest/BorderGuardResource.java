package vn.laocai.gate.simulator.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.simulator.security.Caller;
import vn.laocai.gate.simulator.security.Guarded;
import vn.laocai.gate.simulator.agency.Acceptance;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.agency.Rejection;
import vn.laocai.gate.simulator.borderguard.BorderGuardDesk;

import java.util.List;

/** The simulated border guard system: announce a vehicle and its driver, poll the check (no callbacks). */
@Guarded(Caller.CLIENT)
@SecurityRequirement(name = "client-login")
@Path("/border-guard/v1/crossings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Border guard (simulated)")
public class BorderGuardResource {

    private final BorderGuardDesk desk;

    public BorderGuardResource(BorderGuardDesk desk) {
        this.desk = desk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Announce a vehicle and its driver", description = "A repeated submissionId answers the first reference.")
    @APIResponse(responseCode = "202", description = "Accepted; answers follow",
            content = @Content(schema = @Schema(implementation = Acceptance.class)))
    @APIResponse(responseCode = "400", description = "Refused",
            content = @Content(schema = @Schema(implementation = Rejection.class)))
    @APIResponse(responseCode = "503", description = "The system is down (simulated outage)")
    public Response announceCrossing(BorderGuardDesk.Request request) {
        return Response.accepted(desk.submit(request)).build();
    }

    @GET
    @Path("/{agencyReference}/answers")
    @Operation(summary = "Answers so far", description = "The immigration check once done: the only way to get it (no callbacks).")
    @APIResponse(responseCode = "200", description = "The answers, possibly none yet",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnswerMessage.class)))
    @APIResponse(responseCode = "404", description = "No such reference",
            content = @Content(schema = @Schema(implementation = Rejection.class)))
    @APIResponse(responseCode = "503", description = "The system is down (simulated outage)")
    public List<AnswerMessage> crossingAnswers(@PathParam("agencyReference") String agencyReference) {
        return desk.answers(agencyReference).orElseThrow(() -> new UnknownReferenceException(agencyReference));
    }
}
