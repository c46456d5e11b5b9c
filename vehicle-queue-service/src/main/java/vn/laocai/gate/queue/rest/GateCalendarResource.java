package vn.laocai.gate.queue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import vn.laocai.gate.queue.application.GateCalendarService;
import vn.laocai.gate.queue.domain.ClosureAction;
import vn.laocai.gate.queue.domain.ClosureReason;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The gate's capacity: the slot calendar per day, direction and hour, and closures. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity", description = "Slot calendar and gate closures")
@SecurityRequirement(name = "jwt")
public class GateCalendarResource {

    private final GateCalendarService calendar;
    private final SecurityIdentity identity;

    public GateCalendarResource(GateCalendarService calendar, SecurityIdentity identity) {
        this.calendar = calendar;
        this.identity = identity;
    }

    @GET
    @Path("slots/{day}/{direction}")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "The slot hours of a day", description = "For each local hour (Asia/Ho_Chi_Minh): capacity, bookings held, closed or not. "
            + "Drivers use it to pick a free slot.")
    @APIResponse(responseCode = "200", description = "24 slot hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SlotView.class)))
    public List<SlotView> day(@Parameter(example = "2026-12-01") @PathParam("day") String day,
                              @Parameter(example = "EXPORT") @PathParam("direction") Direction direction) {
        return calendar.day(date(day), direction).stream().map(SlotView::of).toList();
    }

    @PUT
    @Path("slots/{day}/{direction}")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Configure a day", description = "The capacity of each of the 24 local hours of a day for a direction (0 = no bookings). "
            + "Without configuration every hour takes the direction's lanes x 200 / 24 vehicles (17 export, 25 import).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DayRequest.class),
            examples = @ExampleObject(name = "lychee season day, 06:00-22:00", value = """
                    {"hourlyCapacity": [0,0,0,0,0,0,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,0,0]}""")))
    @APIResponse(responseCode = "200", description = "The day as configured",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SlotView.class)))
    @APIResponse(responseCode = "400", description = "Not 24 capacities, or one out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SlotView> configure(@Parameter(example = "2026-12-01") @PathParam("day") String day,
                                    @Parameter(example = "EXPORT") @PathParam("direction") Direction direction,
                                    @Valid @NotNull DayRequest request) {
        return calendar.configureDay(date(day), direction, request.hourlyCapacity(), identity.getPrincipal().getName())
                .stream().map(SlotView::of).toList();
    }

    @POST
    @Path("gate-closures")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Close the gate", description = "For one or both directions over a period. The bookings it hits (vehicles not yet "
            + "arrived) are moved to the next free slot after it, or cancelled; each driver sees it on the booking (notice, live view) "
            + "and its event. No slot it covers can be booked until it is lifted.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureRequest.class),
            examples = @ExampleObject(name = "flood", value = """
                    {"directions": ["EXPORT", "IMPORT"], "closedFrom": "2026-12-01T00:00:00Z", "closedUntil": "2026-12-01T06:00:00Z",
                     "reason": "FLOOD", "remarks": "Red River over the warning level", "bookingAction": "MOVE"}""")))
    @APIResponse(responseCode = "201", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "422", description = "A period that ends before it starts, lies in the past or lasts over 31 days",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@Valid @NotNull ClosureRequest request, UriInfo uri) {
        GateClosure closure = calendar.close(EnumSet.copyOf(request.directions()), request.closedFrom(), request.closedUntil(),
                request.reason(), request.remarks(), request.bookingAction() == null ? ClosureAction.MOVE : request.bookingAction(),
                identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(closure.id().toString()).build()).entity(ClosureView.of(closure)).build();
    }

    @GET
    @Path("gate-closures")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Closures in force", description = "Closures not lifted that have not ended.")
    @APIResponse(responseCode = "200", description = "The closures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ClosureView.class)))
    public List<ClosureView> closures() {
        return calendar.activeClosures().stream().map(ClosureView::of).toList();
    }

    @GET
    @Path("gate-closures/{id}")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "A closure")
    @APIResponse(responseCode = "200", description = "The closure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "404", description = "No such closure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClosureView closure(@Parameter(example = "3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11") @PathParam("id") UUID id) {
        return ClosureView.of(calendar.closure(id));
    }

    @POST
    @Path("gate-closures/{id}/reopen")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Lift a closure", description = "Its slots can be booked again; moved bookings stay where they were moved.")
    @APIResponse(responseCode = "200", description = "Lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "409", description = "Already lifted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClosureView reopen(@Parameter(example = "3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11") @PathParam("id") UUID id) {
        return ClosureView.of(calendar.reopen(id, identity.getPrincipal().getName()));
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("day", "'" + day + "' is not a date such as 2026-12-01");
        }
    }

    /** A day's configuration. */
    @Schema(name = "SlotDayRequest")
    public record DayRequest(
            @NotNull @Size(min = 24, max = 24, message = "must give 24 capacities, one for each local hour 0-23")
            @Schema(description = "Capacity of each local hour 0-23")
            List<Integer> hourlyCapacity) {
    }

    /** One slot hour. */
    @Schema(name = "Slot")
    public record SlotView(@Schema(example = "2026-12-01T01:00:00Z") Instant slotStart, @Schema(description = "Local hour", example = "8") int hour,
                           @Schema(example = "17") int capacity, @Schema(example = "12") long booked, @Schema(example = "5") long free,
                           boolean closed) {
        static SlotView of(GateCalendarService.SlotUse use) {
            long free = use.closed() ? 0 : Math.max(0, use.capacity() - use.booked());
            return new SlotView(use.slotStart(), use.hour(), use.capacity(), use.booked(), free, use.closed());
        }
    }

    /** A closure to declare. */
    @Schema(name = "GateClosureRequest")
    public record ClosureRequest(
            @NotEmpty @Schema(example = "[\"EXPORT\", \"IMPORT\"]") Set<Direction> directions,
            @NotNull @Schema(example = "2026-12-01T00:00:00Z") Instant closedFrom,
            @NotNull @Schema(example = "2026-12-01T06:00:00Z") Instant closedUntil,
            @NotNull @Schema(example = "FLOOD") ClosureReason reason,
            @Size(max = 300) @Schema(example = "Red River over the warning level") String remarks,
            @Schema(description = "MOVE (default) or CANCEL the bookings it hits", example = "MOVE") ClosureAction bookingAction) {
    }

    /** A closure as declared, with what it did. */
    @Schema(name = "GateClosure")
    public record ClosureView(@Schema(example = "3d6f0a52-8c1e-4f0b-9a57-2b1c9d0e7f11") String id, List<String> directions,
                              Instant closedFrom, Instant closedUntil, @Schema(example = "FLOOD") String reason, String remarks,
                              @Schema(example = "MOVE") String bookingAction, @Schema(example = "42") int bookingsMoved,
                              @Schema(example = "3") int bookingsCancelled, @Schema(example = "officer-1") String closedBy,
                              Instant closedAt, Instant reopenedAt, String reopenedBy) {
        static ClosureView of(GateClosure c) {
            return new ClosureView(c.id().toString(), c.directions().stream().map(Enum::name).toList(), c.closedFrom(), c.closedUntil(),
                    c.reason().name(), c.remarks(), c.bookingAction().name(), c.bookingsMoved(), c.bookingsCancelled(), c.closedBy(),
                    c.closedAt(), c.reopenedAt(), c.reopenedBy());
        }
    }
}
