package vn.laocai.gate.clearance.rest;

import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.persistence.OptimisticLockException;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.laocai.gate.clearance.application.DeclarationChanges;
import vn.laocai.gate.clearance.application.CompanyDeclarations;
import vn.laocai.gate.clearance.application.DeclarationService;
import vn.laocai.gate.clearance.application.SubmitDeclaration;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Traders declare and amend consignments and follow their clearance; officers read them. */
@Path("/api/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Declarations", description = "Consignments and their clearance")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER,
        Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR})
public class DeclarationResource {

    private final DeclarationService declarations;
    private final CompanyDeclarations companies;
    private final DeclarationChanges changes;
    private final Callers callers;
    private final Clock clock;

    public DeclarationResource(DeclarationService declarations, CompanyDeclarations companies, DeclarationChanges changes, Callers callers, Clock clock) {
        this.declarations = declarations;
        this.companies = companies;
        this.changes = changes;
        this.callers = callers;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.TRADER)
    @Operation(summary = "Declare a consignment",
            description = "Role trader. Links the consignment to the bookings of the vehicles that carry it, each with the share code "
                    + "its driver gave (shareCodes, at the index of its booking code): a booking is linked only with the driver's "
                    + "consent. A booking clearance has not heard of yet (nor of a consent to it), named with a share code, is "
                    + "accepted with its link PENDING and checked when the queue's event comes; until then the consignment is held on "
                    + "BOOKING_LINK_PENDING and not ready for the gate. A link refused then (consent not matching, or nothing heard "
                    + "within gate.clearance.booking-link.wait) shows REFUSED with its field, rule and reason. Works out the documents and "
                    + "steps it needs (requirement rules) and its fee (tariff), and hands it to customs. While required "
                    + "documents are missing it is held on DOCUMENTS.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationRequest.class),
            examples = @ExampleObject(name = "durian", value = Examples.DECLARATION)))
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed (an HS code under 6 digits, 51 goods lines, a tax code, "
            + "a share code, shareCodes not as many as bookingCodes)")
    @APIResponse(responseCode = "409", description = "The customs declaration number is already declared")
    @APIResponse(responseCode = "422", description = "A rule refuses it: broker-not-authorised (onBehalfOf: the company never "
            + "authorised the caller's broker, or withdrew it), declarant-not-represented (declarant.taxCode is not onBehalfOf), "
            + "booking-consent-required (bookingCodes[i]: no valid share code "
            + "of the booking's current consent, a booking named without a share code, whether or not it exists, is answered "
            + "alike), then a cancelled booking, a direction "
            + "mismatch, weights",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "booking-consent-required",
                    value = Examples.CONSENT_REQUIRED)))
    public Response submit(@Valid @NotNull DeclarationRequest request, UriInfo uri) {
        SubmitDeclaration command = new SubmitDeclaration(callers.name(), request.toData(), request.shareCodes());
        Declaration declaration = callers.companyDeclaredFor(request.onBehalfOf())
                .map(company -> companies.submit(command, company, callers.memberships()))
                .orElseGet(() -> declarations.submit(command));
        return Response.created(uri.getAbsolutePathBuilder().path(declaration.id().toString()).build())
                .entity(DeclarationView.of(declaration))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.TRADER)
    @Operation(summary = "Amend a declaration",
            description = "Role trader, for their own declaration. The whole declaration as it should now be; a new version when anything changed. Only the steps "
                    + "the change affects start over: customs for parties or goods, quarantine for goods, the border check for "
                    + "vehicles no longer on it, the fee when what it depends on changed. The history stays on the timeline. A booking "
                    + "newly named needs its share code; one already linked under the consent that still stands does not.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationRequest.class),
            examples = @ExampleObject(name = "durian", value = Examples.DECLARATION)))
    @APIResponse(responseCode = "200", description = "The declaration, amended (same version when nothing changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed (a share code, shareCodes not as many as bookingCodes)")
    @APIResponse(responseCode = "404", description = "No such declaration of yours")
    @APIResponse(responseCode = "409", description = "The consignment is already cleared or rejected")
    @APIResponse(responseCode = "422", description = "A rule refuses it (booking-consent-required for a booking newly named without "
            + "its valid share code, direction changed, ...)")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public DeclarationView amend(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id, @Valid @NotNull DeclarationRequest request) {
        return DeclarationView.of(companies.amend(Callers.uuid("id", id),
                new SubmitDeclaration(callers.name(), request.toData(), request.shareCodes()), callers.memberships()));
    }

    @GET
    @Operation(summary = "List declarations", description = "Roles trader and every officer role. A trader gets their own, newest first; officers get the newest of all.")
    @APIResponse(responseCode = "200", description = "Declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView[].class)))
    public List<DeclarationView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        List<Declaration> found = callers.isOfficer()
                ? declarations.listRecent(limit)
                : declarations.listByOwner(callers.name(), limit);
        return found.stream().map(DeclarationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a declaration", description = "With its documents, steps, holds and fee. Roles trader (their own declarations only) and every officer role.")
    @APIResponse(responseCode = "200", description = "The declaration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)")
    public DeclarationView read(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return DeclarationView.of(callers.visible(id));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "Timeline of a consignment", description = "Every step so far: when, who, what. Roles trader (their own declarations only) and every officer role.")
    @APIResponse(responseCode = "200", description = "The steps, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.Step[].class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)")
    public List<DeclarationView.Step> timeline(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return callers.visible(id).timeline().stream().map(DeclarationView.Step::of).toList();
    }

    @GET
    @Path("{id}/tracking")
    @Operation(summary = "Track a consignment",
            description = "Every step with its state, the step now blocking, the documents missing, the open holds, "
                    + "an estimate of what is left (observed step durations, else configured defaults) and the timeline. Roles trader (their own declarations only) and every officer role.")
    @APIResponse(responseCode = "200", description = "Where it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrackingView.class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)")
    public TrackingView tracking(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return TrackingView.of(callers.visible(id), declarations.expectedStepDurations(), Instant.now(clock));
    }

    @GET
    @Path("{id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Live tracking (server-sent events)",
            description = "The tracking view now, then again after every change of the consignment. Roles trader (their own declarations only) and every officer role.")
    @APIResponse(responseCode = "200", description = "A stream of tracking views",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = TrackingView.class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)")
    public Multi<TrackingView> stream(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        UUID uuid = callers.visible(id).id();
        TrackingView now = tracking(id);
        Multi<TrackingView> later = changes.stream()
                .filter(uuid::equals)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(changed -> declarations.find(changed)
                        .map(d -> TrackingView.of(d, declarations.expectedStepDurations(), Instant.now(clock)))
                        .orElseThrow());
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(now), later);
    }
}
