package vn.laocai.gate.queue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.laocai.gate.queue.application.PenaltyService;
import vn.laocai.gate.queue.rest.StandingViews.BlockView;
import vn.laocai.gate.queue.rest.StandingViews.StandingView;
import vn.laocai.gate.support.security.Roles;

import java.util.List;

/** Fair penalties over REST: a driver's own standing, the blocks in force, an officer lifting one. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Penalties", description = "No-shows and late cancellations counted per account and vehicle; the blocks they lead to")
@SecurityRequirement(name = "jwt")
public class StandingResource {

    private final PenaltyService penalties;
    private final SecurityIdentity identity;

    public StandingResource(PenaltyService penalties, SecurityIdentity identity) {
        this.penalties = penalties;
        this.identity = identity;
    }

    @GET
    @Path("standing")
    @RolesAllowed(Roles.DRIVER)
    @Operation(summary = "My standing", description = "The signed-in account's no-shows and late cancellations within the window (30 days "
            + "by default), the limits that block (2 each), and the block in force with its end (14 days by default). A carrier's "
            + "standing is under /api/carriers/{carrier}/standing.")
    @APIResponse(responseCode = "200", description = "The standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingView.class)))
    public StandingView myStanding() {
        return StandingView.of(penalties.standing(identity.getPrincipal().getName(), null));
    }

    @GET
    @Path("booking-blocks")
    @RolesAllowed({Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Blocks in force", description = "Accounts, carriers and vehicles blocked from booking now, latest first (at most 200).")
    @APIResponse(responseCode = "200", description = "The blocks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BlockView.class)))
    public List<BlockView> activeBlocks() {
        return penalties.active().stream().map(BlockView::of).toList();
    }

    @POST
    // A block is named by its number in the database: only gate officers reach this, and they list every block in force
    // (GET /api/booking-blocks), so a number that can be guessed discloses nothing a random id would keep hidden.
    @Path("booking-blocks/{number}/lift")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Lift a block", description = "Role: gate-officer. Ends a block before its time, with a reason (400 naming reason "
            + "without one); audited BOOKING_BLOCK_LIFTED. What led to it counts no more.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "breakdown shown", value = "{\"reason\": \"Truck broke down on QL70, garage invoice seen\"}")))
    @APIResponse(responseCode = "200", description = "Lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such block")
    @APIResponse(responseCode = "409", description = "The block ended already (block-not-active)")
    public BlockView lift(@Parameter(description = "The block's number (its id in GET /api/booking-blocks)", example = "17")
                          @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) long number, @Valid @NotNull ReasonRequest request) {
        return BlockView.of(penalties.lift(number, identity.getPrincipal().getName(), request.reason()));
    }
}
