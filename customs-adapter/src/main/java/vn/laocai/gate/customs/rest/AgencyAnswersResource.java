package vn.laocai.gate.customs.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.customs.agency.AnswerMessage;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.problem.ProblemMappers;
import vn.laocai.gate.customs.application.AnswerIntake;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.security.Roles;

/**
 * Where agency systems with callbacks push their answers: customs (VNACCS) and quarantine. The body
 * is taken as received, so that the audit trail hashes exactly what the agency sent.
 */
@Path("/api/agency-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency answers")
@SecurityRequirement(name = "jwt")
public class AgencyAnswersResource {

    private final AnswerIntake intake;
    private final ObjectMapper json;

    public AgencyAnswersResource(AnswerIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @POST
    @Path("/{system}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_SYSTEM)
    @Operation(summary = "Receive an agency answer",
            description = "Applies an answer of VNACCS (path customs: CHANNEL_ASSIGNED, INSPECTION_COMPLETED, RELEASED, "
                    + "REJECTED) or of plant/animal quarantine (path quarantine: QUARANTINE_DECIDED) once: a repeated "
                    + "messageId is acknowledged as DUPLICATE. The events it causes go to customs.handoff.events; "
                    + "answers heard before the fact they follow are held until it arrives. The paths single-window and "
                    + "border-guard exist for systems that may add callbacks; today they are polled. Role: agency-system.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AnswerMessage.class),
            examples = @ExampleObject(name = "green channel", value = Examples.ANSWER_GREEN_CHANNEL)))
    @APIResponse(responseCode = "200", description = "Applied, or a duplicate acknowledged", content = @Content(
            schema = @Schema(implementation = AnswerReceipt.class),
            examples = @ExampleObject(name = "applied", value = Examples.ANSWER_APPLIED)))
    @APIResponse(responseCode = "400", description = "A required field is missing or invalid, or the type is no answer of that system")
    @APIResponse(responseCode = "404", description = "No handoff carries this agency reference (yet), or no such system")
    public AnswerReceipt receiveAnswer(
            @Parameter(description = "The answering system", example = "customs",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"customs", "single-window", "quarantine",
                            "border-guard"}))
            @PathParam("system") String systemPath,
            String body) {
        AgencySystem system = AgencySystem.ofPath(systemPath);
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("body", "an answer message is required");
        }
        AnswerMessage message;
        try {
            message = json.readValue(body, AnswerMessage.class);
        } catch (JsonProcessingException e) {
            ProblemException refused = ProblemMappers.refusedText(e);
            if (refused != null) {
                throw refused;
            }
            throw new InvalidValueException("body", "is no readable answer message: " + e.getOriginalMessage());
        }
        AnswerMessage.Result result = message.toAnswer(system);
        if (!result.isValid()) {
            throw new InvalidValueException(result.field(), result.problem());
        }
        AnswerIntake.Outcome outcome = intake.pushed(system, result.answer(), body);
        if (outcome == AnswerIntake.Outcome.UNKNOWN_REFERENCE) {
            throw new NotFoundException("Handoff with agency reference", message.agencyReference());
        }
        return new AnswerReceipt(message.messageId(), outcome.name());
    }
}
