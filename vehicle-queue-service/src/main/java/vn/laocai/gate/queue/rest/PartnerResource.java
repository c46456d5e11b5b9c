package vn.laocai.gate.queue.rest;

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
import vn.laocai.gate.queue.application.PartnerData;
import vn.laocai.gate.support.partner.PartnerPage;
import vn.laocai.gate.support.partner.PartnerRange;
import vn.laocai.gate.support.partner.PartnerRead;
import vn.laocai.gate.support.partner.PartnerReadPage;
import vn.laocai.gate.support.partner.PartnerReads;
import vn.laocai.gate.support.security.Roles;

/** The partner API, version 1: what the queue shares with other agencies, every read logged. */
@Path("/api/partner/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API v1", description = "Crossings as shared with other agencies (role partner-agency); every read is logged")
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
    @Path("crossings")
    @RolesAllowed(Roles.PARTNER_AGENCY)
    @Operation(summary = "Crossings shared with partner agencies",
            description = "Role partner-agency. The crossings whose slot starts in [from, until) (at most 31 days), by slot, a "
                    + "page of at most 200: direction, cargo category, vehicle type and weight class, status, slot, the times "
                    + "of booking, check-in, call-forward, gate-in, gate-out or cancellation, the wait from check-in to "
                    + "gate-in, and the consignments (clearance's declaration ids) it carries. No plate, driver, account or "
                    + "booking code. Every read is logged (account, organisation, filter, records).")
    @APIResponse(responseCode = "200", description = "A page of crossings", content = @Content(
            schema = @Schema(implementation = PartnerViews.CrossingPage.class),
            examples = @ExampleObject(name = "a durian export", value = PartnerViews.CROSSINGS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed or too long range, or a page out of bounds (the problem names it)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "range too long", value = PartnerRange.PROBLEM_EXAMPLE)))
    public PartnerPage<PartnerViews.Crossing> partnerCrossings(@Valid @BeanParam PartnerRange range) {
        return partnerData.crossings(caller, range.from, range.until, range.page, range.size).map(PartnerViews.Crossing::of);
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
