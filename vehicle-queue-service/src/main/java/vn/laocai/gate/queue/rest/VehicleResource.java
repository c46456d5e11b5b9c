package vn.laocai.gate.queue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.support.security.Roles;

import java.util.List;

/** Vehicles as such: a gate officer settles who may book one. */
@Path("/api/vehicles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicles", description = "Who may book a vehicle")
@SecurityRequirement(name = "jwt")
public class VehicleResource {

    private final BookingService bookings;
    private final SecurityIdentity identity;

    public VehicleResource(BookingService bookings, SecurityIdentity identity) {
        this.bookings = bookings;
        this.identity = identity;
    }

    @POST
    @Path("{plate}/release")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Release a vehicle bound to an account", description = "Role: gate-officer. A vehicle is bound to the account "
            + "that first booked it until that account's open bookings of it end; to settle a dispute (the real owner is refused "
            + "vehicle-bound) the officer releases it with a reason: those bookings, all still BOOKED, are cancelled "
            + "(BookingCancelled with reason PLATE_RELEASED; their driver sees the reason in the notice), the release is written to "
            + "the audit trail (PLATE_RELEASED), and any account may then book the vehicle. Refused (409 vehicle-in-yard) when one of "
            + "them checked in or went further.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "owner's papers checked", value = Examples.RELEASE)))
    @APIResponse(responseCode = "200", description = "Released: the plate and the booking codes cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Released.class),
                    examples = @ExampleObject(name = "released", value = Examples.RELEASED)))
    @APIResponse(responseCode = "409", description = "The vehicle is in the yard or further",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "in the yard", value = Examples.VEHICLE_IN_YARD)))
    public Released release(@Parameter(description = "The plate as written; spaces, dots and dashes are ignored", example = "24C-111.11")
                            @PathParam("plate") @Size(max = Bounds.PLATE) String plate, @Valid ReasonRequest request) {
        Plate parsed = Callers.plate("plate", plate);
        List<Booking> cancelled = bookings.releasePlate(parsed, request == null ? null : request.reason(), identity.getPrincipal().getName());
        return new Released(parsed.display(), cancelled.stream().map(Booking::code).toList());
    }

    /** A released vehicle and the bookings cancelled to release it. */
    @Schema(name = "VehicleReleased")
    public record Released(@Schema(example = "24C-111.11") String plate,
                           @Schema(description = "The bookings cancelled (PLATE_RELEASED)", example = "[\"KT2-7XK4P9\"]") List<String> cancelledBookings) {
    }
}
