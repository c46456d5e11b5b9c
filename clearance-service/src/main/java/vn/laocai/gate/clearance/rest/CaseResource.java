package vn.laocai.gate.clearance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.persistence.OptimisticLockException;
import org.eclipse.microprofile.faulttolerance.Retry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.CaseDecisions;
import vn.laocai.gate.clearance.application.DecisionSignature;
import vn.laocai.gate.clearance.application.FeePayments;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Hold;
import vn.laocai.gate.clearance.domain.InspectionOutcome;
import vn.laocai.gate.clearance.domain.SplitLine;
import vn.laocai.gate.clearance.domain.StepDecision;
import vn.laocai.gate.clearance.domain.StepTransitions;
import vn.laocai.gate.support.security.Roles;

import java.util.stream.Collectors;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The agencies' decisions on a consignment's clearance case, their holds, and the payment of its fee. */
@Path("/api/declarations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance case", description = "Decisions of each agency, holds, fee payment")
@SecurityRequirement(name = "jwt")
public class CaseResource {

    /** Holds are numbered from 1 within a consignment; none has ten thousand. */
    static final int MAX_HOLDS = 10_000;
    /** A detached ES256 JWS is under 300 characters; a certificate in PEM under 4,000. */
    static final int MAX_SIGNATURE = 2_000;
    static final int MAX_CERTIFICATE = 8_000;

    private final CaseDecisions decisions;
    private final FeePayments payments;
    private final Callers callers;

    public CaseResource(CaseDecisions decisions, FeePayments payments, Callers callers) {
        this.decisions = decisions;
        this.payments = payments;
        this.callers = callers;
    }

    /** An officer's decision on their agency's step. */
    @Schema(name = "StepDecisionRequest")
    public record DecisionRequest(
            @NotBlank @Size(max = Bounds.CODE_WORD)
            @Schema(description = "BORDER_GUARD: CLEAR, REFUSE. CUSTOMS: ASSIGN_GREEN, ASSIGN_YELLOW, ASSIGN_RED, "
                    + "ORDER_DOCUMENTARY_INSPECTION, ORDER_PHYSICAL_INSPECTION, INSPECTION_PASSED, INSPECTION_FAILED, RELEASE. "
                    + "PLANT_QUARANTINE and HEALTH_QUARANTINE: PASS, FAIL, SAMPLE, TREAT.", example = "PASS")
            String decision,
            @Size(max = Bounds.REASON)
            @Schema(description = "Why; required for a refusal or a failure", example = "Phytosanitary certificate checked against the goods")
            String reason,
            @Size(max = MAX_SIGNATURE)
            @Schema(description = "Only from a client that holds the officer's own key: its detached JWS (ES256) over the canonical "
                    + "decision (README, Signed decisions), with signerCertificate and signedAt; refused (422, field signature) "
                    + "unless it verifies. Without it the platform signs with the key it holds for the officer.",
                    example = "eyJhbGciOiJFUzI1NiIsIng1dCNTMjU2IjoiZ3J4bDVtc1BhR3VxV2pZTk1iaHVTLWJWSVZRYkRZV2dTRzZ2b1ZRM2JwMCJ9..MEUCIQ")
            String signature,
            @Size(max = MAX_CERTIFICATE)
            @Schema(description = "The signer's X.509 certificate in PEM, with signature", example = "-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----")
            String signerCertificate,
            @Schema(description = "When the client signed, with signature: within 5 minutes of the platform's clock", example = "2026-06-15T01:31:00Z")
            Instant signedAt) {
    }

    /** A hold an officer places. */
    @Schema(name = "HoldRequest")
    public record HoldRequest(
            @Size(max = Bounds.CODE_WORD)
            @Schema(description = "The step held; the caller's own agency's step when absent", example = "PLANT_QUARANTINE")
            String step,
            @NotBlank @Size(max = Bounds.REASON)
            @Schema(example = "Sample sent to the laboratory; vehicles wait in the yard")
            String reason) {
    }

    @POST
    @Path("steps/{step}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER})
    @Operation(summary = "Decide on a step",
            description = "An officer of the step's agency (border-guard, customs-officer, quarantine-officer, health-officer) "
                    + "moves it. Only legal transitions are accepted; a step an agency system already decided cannot be decided again. "
                    + "The decision is signed with the officer's key (a detached JWS, ES256, with the officer's certificate), kept "
                    + "and carried by ClearanceStepDecided; GET .../decisions lists the signed decisions.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "quarantine passes", value = Examples.DECISION)))
    @APIResponse(responseCode = "200", description = "The declaration after the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown step or malformed body")
    @APIResponse(responseCode = "403", description = "The step belongs to another agency")
    @APIResponse(responseCode = "409", description = "Illegal transition in the step's state, or the consignment is closed")
    @APIResponse(responseCode = "422", description = "A decision the step does not know, a step not required, a refusal without reason, "
            + "a submitted signature that does not verify (invalid-signature, field signature) or a signedAt not now")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public DeclarationView decide(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id, @PathParam("step") @Size(max = Bounds.CODE_WORD) String step,
                                  @Valid @NotNull DecisionRequest request) {
        ClearanceStep clearanceStep = Callers.step(step);
        callers.requireAgencyOf(clearanceStep);
        StepDecision decision;
        try {
            decision = StepDecision.valueOf(request.decision().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("unknown-decision", "decision", "decision: " + request.decision() + " is not a decision of "
                    + clearanceStep + "; an officer decides one of " + StepTransitions.officerDecisions(clearanceStep))
                    .with("decision", request.decision()).with("step", clearanceStep)
                    .with("decisions", StepTransitions.officerDecisions(clearanceStep).stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        DecisionSignature submitted = request.signature() == null || request.signature().isBlank() ? null
                : new DecisionSignature(request.signature().strip(), request.signerCertificate() == null ? "" : request.signerCertificate());
        return DeclarationView.of(decisions.decide(Callers.uuid("id", id), clearanceStep, decision, callers.name(), request.reason(),
                submitted, request.signedAt()));
    }

    /** One goods line's quantity a split lot rejects. */
    @Schema(name = "SplitLine")
    public record SplitLineRequest(
            @NotNull @Min(1) @Max(50) @Schema(example = "1") Integer lineNumber,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 3)
            @Schema(description = "In the goods line's unit; above 0, at most the line's quantity", example = "2500", exclusiveMinimum = true, minimum = "0", maximum = "999999999999999.999") BigDecimal quantity) {
    }

    /** An officer's outcome after a failed inspection of their step. */
    @Schema(name = "InspectionOutcomeRequest")
    public record OutcomeRequest(
            @NotBlank @Size(max = Bounds.CODE_WORD)
            @Schema(description = "TREATMENT (quarantine only: the step under treatment, pending for a new inspection once the "
                    + "treatment is recorded carried out), SPLIT_LOT (lines and disposal name the part rejected; the rest goes on), "
                    + "RE_EXPORT (imports), RETURN_TO_EXPORTER (exports), DESTRUCTION", example = "TREATMENT")
            String outcome,
            @NotBlank @Size(max = Bounds.REASON) @Schema(example = "Live mealybugs on the husks; fumigate and inspect again") String reason,
            @Size(max = Bounds.CODE_WORD)
            @Schema(description = "SPLIT_LOT only: what becomes of the part rejected: RE_EXPORT, RETURN_TO_EXPORTER, DESTRUCTION",
                    example = "RETURN_TO_EXPORTER") String disposal,
            @Size(max = 50) @Schema(description = "SPLIT_LOT only: the goods lines and quantities rejected") List<@Valid @NotNull SplitLineRequest> lines) {
    }

    /** The record of an outcome carried out. */
    @Schema(name = "OutcomeCarriedOutRequest")
    public record CarriedOutRequest(
            @NotBlank @Size(max = Bounds.REASON)
            @Schema(description = "The treatment certificate, destruction minutes or exit declaration", example = "KDTV-XL-2026-00417")
            String reference) {
    }

    @POST
    @Path("steps/{step}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER})
    @Operation(summary = "Record the outcome of a failed inspection",
            description = "An officer of the failed step's agency (customs-officer, quarantine-officer, health-officer) decides what "
                    + "becomes of the goods, as an outcome of the same case: TREATMENT sets the step under treatment (quarantine), "
                    + "SPLIT_LOT rejects the lines and quantities named (their disposal: re-export, return, destruction) and lets the "
                    + "rest go on, RE_EXPORT / RETURN_TO_EXPORTER / DESTRUCTION end the case rejected. Signed like a step decision; "
                    + "published as InspectionOutcomeRecorded.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeRequest.class),
            examples = {@ExampleObject(name = "treatment", value = Examples.OUTCOME_TREATMENT),
                    @ExampleObject(name = "split lot", value = Examples.OUTCOME_SPLIT),
                    @ExampleObject(name = "return to the exporter", value = Examples.OUTCOME_RETURN)}))
    @APIResponse(responseCode = "200", description = "The declaration with the outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown step or outcome, or a malformed body")
    @APIResponse(responseCode = "403", description = "The step belongs to another agency")
    @APIResponse(responseCode = "409", description = "The step has not failed (no-failed-inspection), or a disposal of the whole lot "
            + "was ordered already (disposal-ordered)")
    @APIResponse(responseCode = "422", description = "An outcome not for the step or the direction, no reason, or a split that does "
            + "not hold (lines[i].lineNumber, lines[i].quantity, disposal)")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public DeclarationView recordOutcome(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id,
                                         @PathParam("step") @Size(max = Bounds.CODE_WORD) String step, @Valid @NotNull OutcomeRequest request) {
        ClearanceStep clearanceStep = Callers.step(step);
        callers.requireAgencyOf(clearanceStep);
        InspectionOutcome outcome = outcome("outcome", request.outcome());
        InspectionOutcome disposal = request.disposal() == null || request.disposal().isBlank() ? null : outcome("disposal", request.disposal());
        List<SplitLine> lines = request.lines() == null ? List.of()
                : request.lines().stream().map(l -> new SplitLine(l.lineNumber(), l.quantity())).toList();
        return DeclarationView.of(decisions.recordOutcome(Callers.uuid("id", id), clearanceStep, outcome, disposal, lines,
                callers.name(), request.reason()));
    }

    @POST
    @Path("outcomes/{number}/carried-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER})
    @Operation(summary = "Record an outcome carried out",
            description = "An officer of the outcome's step's agency records it done, with its record: a treatment carried out sets "
                    + "the step pending for a new inspection (then PASS or FAIL as any inspection); a return, re-export or destruction "
                    + "is closed. Published as InspectionOutcomeRecorded (state CARRIED_OUT).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarriedOutRequest.class),
            examples = @ExampleObject(name = "treatment certificate", value = Examples.OUTCOME_CARRIED_OUT)))
    @APIResponse(responseCode = "200", description = "The declaration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "A malformed body")
    @APIResponse(responseCode = "409", description = "Carried out already, or the treated step is no longer under treatment")
    @APIResponse(responseCode = "422", description = "No such outcome, another agency's, or no reference")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public DeclarationView outcomeCarriedOut(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id,
                                             @PathParam("number") @Min(1) @Max(MAX_HOLDS) int number, @Valid @NotNull CarriedOutRequest request) {
        ClearanceStep own = callers.ownStep().orElseThrow();
        return DeclarationView.of(decisions.outcomeCarriedOut(Callers.uuid("id", id), number, own.name(), callers.name(), request.reference()));
    }

    private static InspectionOutcome outcome(String field, String value) {
        try {
            return InspectionOutcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("unknown-outcome-kind", field, field + ": " + value + " is none of "
                    + java.util.Arrays.toString(InspectionOutcome.values())).with("value", value)
                    .with("outcomes", java.util.Arrays.stream(InspectionOutcome.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER})
    @Operation(summary = "Hold a consignment",
            description = "Roles border-guard, customs-officer, quarantine-officer, health-officer, fee-officer. Its vehicles are not called "
                    + "forward and it is not released until the hold is lifted. An officer holds on their own agency's step.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HoldRequest.class),
            examples = @ExampleObject(name = "sample", value = Examples.HOLD)))
    @APIResponse(responseCode = "201", description = "The hold",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.HoldView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or an unknown step")
    @APIResponse(responseCode = "403", description = "The step belongs to another agency")
    @APIResponse(responseCode = "409", description = "The consignment is already cleared or rejected")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public Response hold(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id, @Valid @NotNull HoldRequest request) {
        ClearanceStep step = request.step() == null ? callers.ownStep().orElseThrow() : Callers.step(request.step());
        callers.requireAgencyOf(step);
        Hold hold = decisions.hold(Callers.uuid("id", id), step.name(), request.reason(), callers.name());
        return Response.status(201).entity(DeclarationView.HoldView.of(hold)).build();
    }

    @POST
    @Path("holds/{number}/lift")
    @RolesAllowed({Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER})
    @Operation(summary = "Lift a hold", description = "Roles border-guard, customs-officer, quarantine-officer, health-officer, fee-officer: an officer of the held "
                    + "step's agency. Once nothing holds it, the consignment is ready for the gate again.")
    @APIResponse(responseCode = "200", description = "The declaration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "409", description = "Already lifted, or the platform's own hold for missing documents")
    @APIResponse(responseCode = "422", description = "No such hold, or another agency's")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public DeclarationView lift(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id, @PathParam("number") @Min(1) @Max(MAX_HOLDS) int number) {
        ClearanceStep own = callers.ownStep().orElseThrow();
        return DeclarationView.of(decisions.lift(Callers.uuid("id", id), number, own.name(), callers.name()));
    }

    @POST
    @Path("fee/payment")
    @RolesAllowed({Roles.TRADER, Roles.FEE_OFFICER})
    @Operation(summary = "Pay the fee",
            description = "Charges what is due cashless through the payment provider and records its payment reference and "
                    + "e-invoice number. Roles trader (of the declaration) and fee-officer; the release waits for it.")
    @APIResponse(responseCode = "200", description = "The declaration with its fee paid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)")
    @APIResponse(responseCode = "409", description = "Nothing due: already paid, or the consignment is closed")
    @APIResponse(responseCode = "502", description = "The payment provider refused or could not be reached; try again")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public DeclarationView payFee(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return DeclarationView.of(payments.pay(Callers.uuid("id", id), callers.name(), callers.hasRole(Roles.FEE_OFFICER)));
    }
}
