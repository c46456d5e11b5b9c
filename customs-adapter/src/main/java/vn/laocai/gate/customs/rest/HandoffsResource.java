package vn.laocai.gate.customs.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
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
import vn.laocai.gate.customs.application.HandoffFollowup;
import vn.laocai.gate.customs.application.HandoffQueries;
import vn.laocai.gate.support.security.Roles;

import java.util.List;

/** Lets officers see what was handed to which agency, and what is still pending or failing. */
@Path("/api/handoffs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.SUPERVISOR})
public class HandoffsResource {

    private final HandoffQueries queries;
    private final SecurityIdentity identity;

    private final HandoffFollowup followup;

    public HandoffsResource(HandoffQueries queries, SecurityIdentity identity, HandoffFollowup followup) {
        this.queries = queries;
        this.identity = identity;
        this.followup = followup;
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Handoffs past their deadline",
            description = "Every handoff past its system's answer deadline (gate.customs.<system>.answer-deadline): not "
                    + "accepted yet, or no answer since the last one; LOST (the agency does not know the reference) and "
                    + "OVERDUE ones being sent again under the same submission id, and ESCALATED ones, the customs "
                    + "officers' worklist, with the reason. Longest overdue first. Roles: customs-officer, supervisor.")
    @APIResponse(responseCode = "200", description = "The overdue handoffs, longest overdue first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = HandoffView.class),
            examples = @ExampleObject(name = "lost and escalated", value = Examples.HANDOFFS_OVERDUE)))
    public List<HandoffView> overdue() {
        return followup.overdue().stream().map(o -> HandoffView.of(o.handoff(), o.overdueSince())).toList();
    }

    @GET
    @Operation(summary = "Handoffs of a declaration",
            description = "Every handoff of the consignment to agency systems: its declaration versions to customs, its "
                    + "certificates to the National Single Window, its goods to quarantine and its vehicles to the border "
                    + "guard, with state, attempts, last error and agency reference. waiting=true marks a system the "
                    + "consignment waits for. Empty when nothing was handed off yet. Roles: customs-officer, supervisor.")
    @APIResponse(responseCode = "200", description = "The handoffs, oldest version first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = HandoffView.class),
            examples = @ExampleObject(name = "customs down", value = Examples.HANDOFFS_CUSTOMS_DOWN)))
    public List<HandoffView> handoffsOf(
            @Parameter(description = "The platform's declaration id", example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f")
            @QueryParam("declarationId") @NotBlank @Size(max = Bounds.UUID_LENGTH) String declarationId) {
        return queries.ofDeclaration(declarationId).stream().map(HandoffView::of).toList();
    }

    @GET
    @Path("/exchanges")
    @Operation(summary = "Messages exchanged about a consignment",
            description = "Every message exchanged with agency systems about the declaration and the vehicles carrying "
                    + "it, both directions, oldest first: direction, time, correlation id (the handoff id) and the SHA-256 "
                    + "of the payload exactly as sent or received. Roles: customs-officer, supervisor. The messages "
                    + "exchanged with the border guard's system (the driver's name and document) come without their payload.")
    @APIResponse(responseCode = "200", description = "The exchanges, oldest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ExchangeView.class),
            examples = @ExampleObject(name = "submitted", value = Examples.EXCHANGES_SUBMITTED)))
    public List<ExchangeView> exchangesOf(
            @Parameter(description = "The platform's declaration id", example = "6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f")
            @QueryParam("declarationId") @NotBlank @Size(max = Bounds.UUID_LENGTH) String declarationId) {
        return queries.exchangesOf(declarationId).stream()
                .map(e -> ExchangeView.of(e, PersonalDataViews.mayReadPayload(identity, e))).toList();
    }
}
