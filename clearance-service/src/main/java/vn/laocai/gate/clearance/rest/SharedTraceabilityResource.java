package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.TraceabilityLinks;
import vn.laocai.gate.clearance.application.TraceabilityRecord;
import vn.laocai.gate.clearance.domain.TraceabilityLink;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.problem.ProblemException;

import java.time.Instant;
import java.util.List;

/** A shared traceability record opened by its link's token: no login, for the buyer, the other side's officers, a bank. */
@Path("/api/traceability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traceability", description = "Where a consignment's fruit grew and was packed, and how it crossed")
@PermitAll
public class SharedTraceabilityResource {

    /** A token as links carry it: 256 bits in unpadded base64url. */
    static final String TOKEN = "[A-Za-z0-9_-]{43}";

    private final TraceabilityLinks links;

    public SharedTraceabilityResource(TraceabilityLinks links) {
        this.links = links;
    }

    @GET
    // the path names the link, not a credential: what it opens is public by design, a redacted record
    @Path("{link}")
    @PermitAll
    // an empty requirement: no token needed (OpenAPI's "security: [{}]")
    @SecurityRequirementsSet
    @Operation(summary = "Open a shared traceability record", description = "No role needed: what a share link (and the QR code on "
            + "the release note) opens. The record without personal data: no driver, no account of the people who attached "
            + "documents or decided; the trading companies' names and the declarant's tax code show. 404 for a token never "
            + "given, 410 for an expired or revoked link.")
    @APIResponse(responseCode = "200", description = "The redacted record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TraceabilityRecord.class)))
    @APIResponse(responseCode = "404", description = "No link with this token")
    @APIResponse(responseCode = "410", description = "The link expired or was revoked")
    public TraceabilityRecord shared(@Parameter(description = "The link's token") @PathParam("link") @Size(max = 43)
                                     @Pattern(regexp = TOKEN) String link) {
        TraceabilityLinks.Opened opened = links.open(link);
        if (opened.refusal() == TraceabilityLink.Refusal.REVOKED) {
            throw new ProblemException(410, "traceability-link-revoked", "Link revoked", "this traceability link was revoked", List.of())
                    .saying(Message.of("problem.traceability-link-revoked"), "");
        }
        if (opened.refusal() == TraceabilityLink.Refusal.EXPIRED) {
            Instant expiresAt = opened.link().expiresAt();
            throw new ProblemException(410, "traceability-link-expired", "Link expired",
                    "this traceability link expired on " + expiresAt, List.of())
                    .saying(Message.of("problem.traceability-link-expired", "expiresAt", expiresAt), "");
        }
        return opened.record();
    }

}
