package vn.laocai.gate.customs.rest;

import java.util.Set;
import jakarta.validation.Validator;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ConstraintViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.jwt.JsonWebToken;
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
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.problem.ProblemMappers;
import vn.laocai.gate.customs.application.AnswerIntake;
import vn.laocai.gate.customs.config.CustomsConfig;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.AnswerSubject;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.security.Roles;

import java.util.List;

/**
 * Where agency systems with callbacks push their answers: customs (VNACCS) and quarantine. The body
 * is taken as received, so that the audit trail hashes exactly what the agency sent. Each system has
 * its own client: a token answers only on the path of the system whose client id it carries
 * ({@code azp}, or {@code sub} without it; {@code gate.customs.<system>.client-id}).
 */
@Path("/api/agency-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency answers")
@SecurityRequirement(name = "jwt")
public class AgencyAnswersResource {

    private final AnswerIntake intake;
    private final ObjectMapper json;
    private final CustomsConfig config;
    private final JsonWebToken caller;
    private final Validator validator;

    public AgencyAnswersResource(AnswerIntake intake, ObjectMapper json, CustomsConfig config, JsonWebToken caller,
                                 Validator validator) {
        this.intake = intake;
        this.json = json;
        this.config = config;
        this.caller = caller;
        this.validator = validator;
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
                    + "border-guard exist for systems that may add callbacks; today they are polled. Role: agency-system, "
                    + "and the token must be of the client configured for that system (its azp claim, or sub without "
                    + "azp): another system's token is refused 403 wrong-agency-system. The answer is applied only to "
                    + "the handoff of that system carrying its agencyReference, and only when it names that handoff's "
                    + "declarationId and version (border guard: bookingCode); otherwise 404 or 422, nothing applied.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AnswerMessage.class),
            examples = @ExampleObject(name = "green channel", value = Examples.ANSWER_GREEN_CHANNEL)))
    @APIResponse(responseCode = "200", description = "Applied, or a duplicate acknowledged", content = @Content(
            schema = @Schema(implementation = AnswerReceipt.class),
            examples = @ExampleObject(name = "applied", value = Examples.ANSWER_APPLIED)))
    @APIResponse(responseCode = "400", description = "A required field is missing or invalid, or the type is no answer of that system")
    @APIResponse(responseCode = "403", description = "The token is of another agency system's client (wrong-agency-system)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    name = "quarantine's token on the customs path", value = Examples.WRONG_AGENCY_SYSTEM)))
    @APIResponse(responseCode = "404", description = "No handoff of this system carries this agency reference (yet), "
            + "or no such system")
    @APIResponse(responseCode = "422", description = "The reference is of a handoff about another declaration, version "
            + "or booking than the answer names (answer-of-another-handoff)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    name = "another declaration's reference", value = Examples.ANSWER_OF_ANOTHER_HANDOFF)))
    public AnswerReceipt receiveAnswer(
            @Parameter(description = "The answering system", example = "customs",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"customs", "single-window", "quarantine",
                            "border-guard"}))
            @PathParam("system") String systemPath,
            String body) {
        AgencySystem system = AgencySystem.ofPath(systemPath);
        requireClientOf(system);
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("body", "an answer message is required").saying("answer-required");
        }
        AnswerMessage message;
        try {
            message = json.readValue(body, AnswerMessage.class);
        } catch (JsonProcessingException e) {
            throw ProblemMappers.unreadableBody(e);
        }
        Set<ConstraintViolation<AnswerMessage>> outOfBounds = validator.validate(message);
        if (!outOfBounds.isEmpty()) {
            throw new ConstraintViolationException(outOfBounds);
        }
        AnswerMessage.Result result = message.toAnswer(system);
        if (!result.isValid()) {
            throw new InvalidValueException(result.field(), result.problem()).saying(result.said());
        }
        AnswerSubject subject = message.subject(system);
        if (!subject.named()) {
            throw new InvalidValueException(AnswerSubject.subjectField(system), "is required: the answer names its handoff")
                    .saying("subject-required");
        }
        AnswerIntake.Pushed pushed = intake.pushed(system, result.answer(), subject, body);
        switch (pushed.outcome()) {
            case UNKNOWN_REFERENCE -> throw new ProblemException(404, "unknown-agency-reference", "Not found",
                    "Handoff of " + system + " with agency reference " + message.agencyReference() + " does not exist",
                    List.of(new Problem.FieldViolation("agencyReference", "no handoff of " + system + " carries it")))
                    .saying(Message.of("problem.unknown-agency-reference", "system", system, "reference", message.agencyReference()), "");
            case OTHER_HANDOFF -> throw new RuleViolation("answer-of-another-handoff", pushed.field(),
                    "agency reference " + message.agencyReference() + " was issued for another " + pushed.field())
                    .with("reference", message.agencyReference()).with("field", pushed.field());
            default -> {
                return new AnswerReceipt(message.messageId(), pushed.outcome().name());
            }
        }
    }

    /** Only the client configured for {@code system} answers on its path. */
    private void requireClientOf(AgencySystem system) {
        String azp = caller.getClaim("azp");
        String clientId = azp != null && !azp.isBlank() ? azp : caller.getSubject();
        String expected = config.of(system).clientId();
        if (!expected.equals(clientId)) {
            throw new ProblemException(403, "wrong-agency-system", "Forbidden",
                    "this token is not of the client of " + system + "; each agency system answers with its own",
                    List.of(new Problem.FieldViolation("system", "answers only with the client of " + system)))
                    .saying(Message.of("problem.wrong-agency-system", "system", system), "");
        }
    }
}
