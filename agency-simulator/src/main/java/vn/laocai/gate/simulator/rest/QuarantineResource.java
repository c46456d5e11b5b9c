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
import vn.laocai.gate.simulator.quarantine.QuarantineDesk;

import java.util.List;

/** The simulated plant/animal quarantine system: register a consignment, poll its decisions (also pushed by callback). */
@Guarded(Caller.CLIENT)
@SecurityRequirement(name = "client-login")
@Path("/quarantine/v1/inspection-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plant/animal quarantine (simulated)")
public class QuarantineResource {

    private final QuarantineDesk desk;

    public QuarantineResource(QuarantineDesk desk) {
        this.desk = desk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a consignment for quarantine", description = "A repeated submissionId answers the first reference.")
    @APIResponse(responseCode = "202", description = "Accepted; answers follow",
            content = @Content(schema = @Schema(implementation = Acceptance.class)))
    @APIResponse(responseCode = "400", description = "Refused",
            content = @Content(schema = @Schema(implementation = Rejection.class)))
    @APIResponse(responseCode = "503", description = "The system is down (simulated outage)")
    public Response registerConsignment(QuarantineDesk.Request request) {
        return Response.accepted(desk.submit(request)).build();
    }

    @GET
    @Path("/{agencyReference}/answers")
    @Operation(summary = "Answers so far", description = "Every decision so far, oldest first; the same messages are pushed by callback.")
    @APIResponse(responseCode = "200", description = "The answers, possibly none yet",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnswerMessage.class)))
    @APIResponse(responseCode = "404", description = "No such reference",
            content = @Content(schema = @Schema(implementation = Rejection.class)))
    @APIResponse(responseCode = "503", description = "The system is down (simulated outage)")
    public List<AnswerMessage> quarantineAnswers(@PathParam("agencyReference") String agencyReference) {
        return desk.answers(agencyReference).orElseThrow(() -> new UnknownReferenceException(agencyReference));
    }
}
