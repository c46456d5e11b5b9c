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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.queue.application.BookCrossing;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Roles;

/** Drivers book crossings and follow them; officers look them up. */
@Path("/api/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Pre-registration of crossings")
public class BookingResource {

    private final BookingService bookings;
    private final SecurityIdentity identity;

    public BookingResource(BookingService bookings, SecurityIdentity identity) {
        this.bookings = bookings;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.DRIVER)
    @Operation(summary = "Book a crossing", description = "Binds a crossing to one vehicle and driver and returns its booking code.")
    @APIResponse(responseCode = "201", description = "Booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rule of the gate refuses the booking",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(@Valid @NotNull BookingRequest request, UriInfo uri) {
        Plate plate = plate("plate", request.plate());
        Plate trailer = request.trailerPlate() == null || request.trailerPlate().isBlank()
                ? null : plate("trailerPlate", request.trailerPlate());
        BookingRequest.DriverDetails d = request.driver();
        BookCrossing command = new BookCrossing(identity.getPrincipal().getName(), plate, trailer,
                new Driver(d.name(), d.nationality(), d.documentNumber(), d.phone()),
                request.direction(), request.cargoCategory(), request.plannedArrival());
        Booking booking = bookings.book(command);
        return Response.created(uri.getAbsolutePathBuilder().path(booking.code()).build())
                .entity(BookingView.of(booking))
                .build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Read a booking", description = "A driver sees only their own bookings; officers see all.")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BookingView get(@PathParam("code") String code) {
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        return bookings.find(normalised)
                .filter(this::visibleToCaller)
                .map(BookingView::of)
                .orElseThrow(() -> ProblemException.notFound("Booking", normalised));
    }

    private boolean visibleToCaller(Booking booking) {
        boolean officer = identity.hasRole(Roles.GATE_OFFICER) || identity.hasRole(Roles.BORDER_GUARD)
                || identity.hasRole(Roles.CUSTOMS_OFFICER) || identity.hasRole(Roles.SUPERVISOR);
        return officer || booking.isOwnedBy(identity.getPrincipal().getName());
    }

    private static Plate plate(String field, String raw) {
        return Plate.parse(raw).orElseThrow(() -> ProblemException.invalidField(field,
                "'" + raw + "' is not a Vietnamese plate such as 24C-123.45 or a Chinese plate such as 云G·12345"));
    }
}
