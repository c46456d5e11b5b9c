package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.TraceabilityLinks;
import vn.laocai.gate.clearance.application.TraceabilityRecord;
import vn.laocai.gate.clearance.application.TraceabilityRecords;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.TraceabilityLink;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.validation.Bounds;

import java.time.Instant;
import java.util.List;

/**
 * The traceability record of a consignment (planting areas, packing houses, declaration, documents, trucks, crossing,
 * decisions) for its trader and the officers, and the share links that open its redacted view without a login
 * ({@link SharedTraceabilityResource}).
 */
@Path("/api/declarations/{id}/traceability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traceability", description = "Where a consignment's fruit grew and was packed, and how it crossed")
public class TraceabilityResource {

    private final TraceabilityRecords records;
    private final TraceabilityLinks links;
    private final Callers callers;

    public TraceabilityResource(TraceabilityRecords records, TraceabilityLinks links, Callers callers) {
        this.records = records;
        this.links = links;
        this.callers = callers;
    }

    @GET
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER,
            Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Traceability record of a consignment", description = "The planting areas and packing houses the "
            + "declaration names (code, name, province, product, status on the GACC list in force and on the one in force when "
            + "attached), the declaration (number, parties, direction, goods lines), its documents (type, number, SHA-256, "
            + "when attached, verified), the trucks (plate, trailer, booking) with their gate-in, release and gate-out times "
            + "as the queue reported them, and each required agency step with its decisions and their times. Read from what "
            + "the service keeps, never a copy. Roles trader (their own or their company's declarations) and every officer role.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TraceabilityRecord.class)))
    @APIResponse(responseCode = "403", description = "Another trader's declaration")
    @APIResponse(responseCode = "404", description = "No such declaration")
    public TraceabilityRecord record(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return records.of(callers.readable(id));
    }

    @POST
    @Path("links")
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Roles.TRADER, Roles.QUARANTINE_OFFICER})
    @Operation(summary = "Share the traceability record", description = "Makes a link that opens the redacted record without a "
            + "login (GET /api/traceability/{token}) until it expires (gate.clearance.traceability.link-validity, 30 days) or is "
            + "revoked. The token is 256 random bits, shown only in this answer (only its SHA-256 is kept), with the absolute "
            + "address built from gate.clearance.traceability.public-url: what a QR code on the release note carries. Roles "
            + "trader (their own or their company's declarations) and quarantine officer. Audited TRACEABILITY_LINK_CREATED.")
    @APIResponse(responseCode = "201", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "403", description = "Another trader's declaration")
    @APIResponse(responseCode = "404", description = "No such declaration")
    public Response share(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        Declaration declaration = callers.readable(id);
        TraceabilityLink link = links.create(declaration, callers.name());
        return Response.status(201).entity(LinkView.of(link, links.url(link.token()))).build();
    }

    @GET
    @Path("links")
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Roles.TRADER, Roles.QUARANTINE_OFFICER})
    @Operation(summary = "Share links of the traceability record", description = "Newest first, without their tokens. Roles trader "
            + "(their own or their company's declarations) and quarantine officer.")
    @APIResponse(responseCode = "200", description = "The links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView[].class)))
    @APIResponse(responseCode = "403", description = "Another trader's declaration")
    @APIResponse(responseCode = "404", description = "No such declaration")
    public List<LinkView> links(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return links.of(callers.readable(id).id()).stream().map(l -> LinkView.of(l, null)).toList();
    }

    @DELETE
    @Path("links/{linkId}")
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Roles.TRADER, Roles.QUARANTINE_OFFICER})
    @Operation(summary = "Revoke a share link", description = "The declaration's trader (or a member of its company) or the officer "
            + "who made the link: from now on its token gets 410. Revoking it again changes nothing. Audited TRACEABILITY_LINK_REVOKED.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "403", description = "Another trader's declaration, or another officer's link")
    @APIResponse(responseCode = "404", description = "No such declaration or no such link of it")
    public LinkView revoke(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id,
                           @PathParam("linkId") @Size(max = Bounds.UUID_LENGTH) String linkId) {
        Declaration declaration = callers.readable(id);
        TraceabilityLink link = links.find(declaration.id(), Callers.uuid("linkId", linkId));
        if (!callers.ownsOrSeesForCompany(declaration) && !link.createdBy().equals(callers.name())) {
            throw new ProblemException(403, "not-your-link", "Not your link",
                    "linkId: only the declaration's trader or the officer who made the link revokes it", List.of());
        }
        return LinkView.of(links.revoke(declaration.id(), link.id(), callers.name()), null);
    }

    /** A share link: its token and address only when just made. */
    public record LinkView(String id, String token, String url, Instant createdAt, String createdBy, Instant expiresAt,
                           Instant revokedAt, String revokedBy) {

        static LinkView of(TraceabilityLink link, String url) {
            return new LinkView(link.id().toString(), link.token(), url, link.createdAt(), link.createdBy(), link.expiresAt(),
                    link.revokedAt(), link.revokedBy());
        }
    }
}
