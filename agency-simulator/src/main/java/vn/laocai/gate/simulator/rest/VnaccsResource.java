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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.simulator.security.Caller;
import vn.laocai.gate.simulator.security.Guarded;
import vn.laocai.gate.simulator.agency.Acceptance;
import vn.laocai.gate.simulator.agency.AnswerMessage;
import vn.laocai.gate.simulator.agency.Rejection;
import vn.laocai.gate.simulator.customs.CustomsDesk;
import vn.laocai.gate.simulator.customs.DeclarationSubmission;

import java.util.List;

/** The simulated VNACCS interface: lodge a declaration, poll its answers. */
@SecurityScheme(securitySchemeName = "client-login", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The client's login (simulator.client.id / .secret): the customs adapter")
@SecurityScheme(securitySchemeName = "admin-login", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The administrator's login (simulator.admin.id / .secret)")
@Guarded(Caller.CLIENT)
@SecurityRequirement(name = "client-login")
@Path("/vnaccs/v1/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "VNACCS customs (simulated)")
public class VnaccsResource {

    private final CustomsDesk desk;

    public VnaccsResource(CustomsDesk desk) {
        this.desk = desk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lodge a declaration",
            description = "Accepts a declaration for channel assignment and release. A repeated submissionId "
                    + "answers the first reference and schedules nothing new.")
    @APIResponse(responseCode = "202", description = "Accepted; answers follow",
            content = @Content(schema = @Schema(implementation = Acceptance.class), examples = @ExampleObject(
                    name = "accepted", value = "{\"agencyReference\":\"VNACCS-5F2A9C31D0E4\",\"status\":\"ACCEPTED\"}")))
    @APIResponse(responseCode = "400", description = "Refused by a VNACCS rule",
            content = @Content(schema = @Schema(implementation = Rejection.class), examples = @ExampleObject(
                    name = "bad HS code", value = "{\"status\":\"REJECTED\",\"errors\":[{\"field\":\"goodsItems[0].hsCode\","
                    + "\"message\":\"must have at least 6 digits (digits only, up to 10)\"}]}")))
    @APIResponse(responseCode = "503", description = "The system is down (simulated outage)")
    public Response lodgeDeclaration(DeclarationSubmission submission) {
        return Response.accepted(desk.submit(submission)).build();
    }

    @GET
    @Path("/{agencyReference}/answers")
    @Operation(summary = "Answers so far", description = "Every answer message given for the declaration, oldest first: "
            + "the polling path for systems without a callback.")
    @APIResponse(responseCode = "200", description = "The answers, possibly none yet",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AnswerMessage.class),
                    examples = @ExampleObject(name = "green", value = "[{\"messageId\":\"0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59\","
                            + "\"agencyReference\":\"VNACCS-5F2A9C31D0E4\",\"declarationId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\","
                            + "\"version\":1,\"customsDeclarationNumber\":\"305123456789\",\"type\":\"CHANNEL_ASSIGNED\","
                            + "\"channel\":\"GREEN\",\"occurredAt\":\"2026-06-15T01:30:02Z\"}]")))
    @APIResponse(responseCode = "404", description = "No declaration under that reference",
            content = @Content(schema = @Schema(implementation = Rejection.class)))
    @APIResponse(responseCode = "503", description = "The system is down (simulated outage)")
    public List<AnswerMessage> declarationAnswers(@PathParam("agencyReference") String agencyReference) {
        return desk.answers(agencyReference).orElseThrow(() -> new UnknownReferenceException(agencyReference));
    }
}
