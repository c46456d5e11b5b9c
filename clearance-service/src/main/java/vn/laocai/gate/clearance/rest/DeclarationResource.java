package vn.laocai.gate.clearance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.DeclarationService;
import vn.laocai.gate.clearance.application.SubmitDeclaration;
import vn.laocai.gate.clearance.domain.Declarant;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.GoodsItem;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Traders declare consignments and follow their clearance; officers read them. */
@Path("/api/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Declarations", description = "Consignments and their clearance")
@RolesAllowed({Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER,
        Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR})
public class DeclarationResource {

    private static final List<String> OFFICERS = List.of(Roles.GATE_OFFICER, Roles.BORDER_GUARD,
            Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR);

    private final DeclarationService declarations;
    private final SecurityIdentity identity;

    public DeclarationResource(DeclarationService declarations, SecurityIdentity identity) {
        this.declarations = declarations;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.TRADER)
    @Operation(summary = "Declare a consignment",
            description = "Links the consignment to the bookings of the vehicles that carry it and hands it to customs.")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule refuses it: unknown booking, direction mismatch, weights",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The customs declaration number is already declared",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Valid @NotNull DeclarationRequest request, UriInfo uri) {
        List<GoodsItem> lines = new ArrayList<>();
        for (int i = 0; i < request.goodsLines().size(); i++) {
            DeclarationRequest.Line l = request.goodsLines().get(i);
            lines.add(new GoodsItem(i + 1, l.hsCode(), l.description(), l.quantity(), l.unit(), l.netWeightKg(),
                    l.grossWeightKg(), l.value(), l.currency(), l.originCountry()));
        }
        SubmitDeclaration command = new SubmitDeclaration(identity.getPrincipal().getName(),
                new Declarant(request.declarant().taxCode(), request.declarant().name()), request.consignee(),
                request.customsDeclarationNumber(), request.direction(), request.destinationCountry(),
                request.bookingCodes(), lines);
        Declaration declaration = declarations.submit(command);
        return Response.created(uri.getAbsolutePathBuilder().path(declaration.id().toString()).build())
                .entity(DeclarationView.of(declaration))
                .build();
    }

    @GET
    @Operation(summary = "List declarations", description = "A trader gets their own, newest first; officers get the newest of all.")
    @APIResponse(responseCode = "200", description = "Declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView[].class)))
    public List<DeclarationView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        List<Declaration> found = isOfficer()
                ? declarations.listRecent(limit)
                : declarations.listByOwner(identity.getPrincipal().getName(), limit);
        return found.stream().map(DeclarationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a declaration", description = "A trader sees only their own declarations.")
    @APIResponse(responseCode = "200", description = "The declaration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeclarationView get(@PathParam("id") String id) {
        return DeclarationView.of(visible(id));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "Timeline of a consignment", description = "Every clearance step so far: when, who, what.")
    @APIResponse(responseCode = "200", description = "The steps, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.Step[].class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeclarationView.Step> timeline(@PathParam("id") String id) {
        return visible(id).timeline().stream().map(DeclarationView.Step::of).toList();
    }

    private Declaration visible(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("id", "'" + id + "' is not a declaration id (a UUID)");
        }
        return declarations.find(uuid)
                .filter(d -> isOfficer() || d.isOwnedBy(identity.getPrincipal().getName()))
                .orElseThrow(() -> ProblemException.notFound("Declaration", id));
    }

    private boolean isOfficer() {
        return OFFICERS.stream().anyMatch(identity::hasRole);
    }
}
