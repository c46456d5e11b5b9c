package vn.laocai.gate.customs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.customs.application.AnswerIntake;
import vn.laocai.gate.customs.domain.CustomsAnswer;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Roles;

/** Where customs pushes its answers about handed-off declarations. */
@Path("/api/agency-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency answers")
@SecurityRequirement(name = "jwt")
public class AgencyAnswersResource {

    private final AnswerIntake intake;

    public AgencyAnswersResource(AnswerIntake intake) {
        this.intake = intake;
    }

    @POST
    @Path("/customs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_SYSTEM)
    @Operation(summary = "Receive a customs answer",
            description = "Applies a CHANNEL_ASSIGNED or RELEASED answer of VNACCS once (a repeated messageId is "
                    + "acknowledged as DUPLICATE) and publishes CustomsChannelAssigned / CustomsReleased on "
                    + "customs.handoff.events. A release heard before its channel assignment is held until the "
                    + "assignment arrives.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AgencyAnswerMessage.class),
            examples = @ExampleObject(name = "green channel", value = "{\"messageId\":\"0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59\","
                    + "\"agencyReference\":\"VNACCS-5F2A9C31D0E4\",\"declarationId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\","
                    + "\"version\":1,\"customsDeclarationNumber\":\"305123456789\",\"type\":\"CHANNEL_ASSIGNED\","
                    + "\"channel\":\"GREEN\",\"occurredAt\":\"2026-06-15T01:30:02Z\"}")))
    @APIResponse(responseCode = "200", description = "Applied, or a duplicate acknowledged",
            content = @Content(schema = @Schema(implementation = AnswerReceipt.class), examples = @ExampleObject(
                    name = "applied", value = "{\"messageId\":\"0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59\",\"outcome\":\"APPLIED\"}")))
    @APIResponse(responseCode = "400", description = "A required field is missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no channel", value = "{\"type\":\"https://gate.laocai.vn/problems/validation\","
                            + "\"title\":\"Invalid request\",\"status\":400,\"detail\":\"channel: is required for CHANNEL_ASSIGNED\"}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the role agency-system")
    @APIResponse(responseCode = "404", description = "No handoff carries this agency reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown reference", value = "{\"type\":\"https://gate.laocai.vn/problems/not-found\","
                            + "\"title\":\"Not found\",\"status\":404,\"detail\":\"Handoff with agency reference VNACCS-000000000000 does not exist\"}")))
    public AnswerReceipt receive(@Valid @NotNull AgencyAnswerMessage message) {
        if (message.type() == CustomsAnswer.Type.CHANNEL_ASSIGNED && message.channel() == null) {
            throw ProblemException.invalidField("channel", "is required for CHANNEL_ASSIGNED");
        }
        AnswerIntake.Outcome outcome = intake.receive(message.toAnswer());
        return new AnswerReceipt(message.messageId(), outcome.name());
    }
}
