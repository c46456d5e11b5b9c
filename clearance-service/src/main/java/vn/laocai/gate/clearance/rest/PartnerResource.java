package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.PartnerData;
import vn.laocai.gate.support.partner.PartnerPage;
import vn.laocai.gate.support.partner.PartnerRange;
import vn.laocai.gate.support.partner.PartnerRead;
import vn.laocai.gate.support.partner.PartnerReadPage;
import vn.laocai.gate.support.partner.PartnerReads;
import vn.laocai.gate.support.security.Roles;

/** The partner API, version 1: what clearance shares with other agencies, every read logged. */
@Path("/api/partner/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API v1", description = "Consignments as shared with other agencies (role partner-agency); every read is logged")
@SecurityRequirement(name = "jwt")
public class PartnerResource {

    private final PartnerData partnerData;
    private final PartnerReads reads;
    private final JsonWebToken caller;

    public PartnerResource(PartnerData partnerData, PartnerReads reads, JsonWebToken caller) {
        this.partnerData = partnerData;
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @Path("consignments")
    @RolesAllowed(Roles.PARTNER_AGENCY)
    @Operation(summary = "Consignments shared with partner agencies",
            description = "Role partner-agency. The consignments submitted in [from, until) (at most 31 days), oldest first, a "
                    + "page of at most 200: declaration number, direction, destination, status, goods (HS code and chapter, "
                    + "description, origin, weights), each agency's step with the time of its decision, the fee. No party, "
                    + "person, document, booking or value. Every read is logged (account, organisation, filter, records).")
    @APIResponse(responseCode = "200", description = "A page of consignments", content = @Content(
            schema = @Schema(implementation = PartnerViews.ConsignmentPage.class),
            examples = @ExampleObject(name = "a durian export", value = PartnerViews.CONSIGNMENTS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed or too long range, or a page out of bounds (the problem names it)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "range too long", value = PartnerRange.PROBLEM_EXAMPLE)))
    public PartnerPage<PartnerViews.Consignment> partnerConsignments(@Valid @BeanParam PartnerRange range) {
        return partnerData.consignments(caller, range.from, range.until, range.page, range.size).map(PartnerViews.Consignment::of);
    }

    @GET
    @Path("reads")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "The log of partner reads",
            description = "Role supervisor. Every read of this service's partner API in [from, until), newest first: who "
                    + "(account, organisation claim), when, which endpoint and filter, how many records.")
    @APIResponse(responseCode = "200", description = "A page of the log", content = @Content(
            schema = @Schema(implementation = PartnerReadPage.class),
            examples = @ExampleObject(name = "a read", value = PartnerViews.READS_EXAMPLE)))
    public PartnerPage<PartnerRead> partnerReads(@Valid @BeanParam PartnerRange range) {
        return reads.log(range.from, range.until, range.page, range.size);
    }
}
