package vn.laocai.gate.queue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.rest.CalendarRequests.ClosureRequest;
import vn.laocai.gate.queue.rest.CalendarRequests.DayRequest;
import vn.laocai.gate.queue.rest.CalendarViews.ClosureOutcomeView;
import vn.laocai.gate.queue.rest.CalendarViews.ClosureView;
import vn.laocai.gate.queue.rest.CalendarViews.ComingDayView;
import vn.laocai.gate.queue.rest.CalendarViews.SlotView;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
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
    public List<SlotView> slotDay(@Parameter(example = Examples.DAY) @PathParam("day") @Size(max = Bounds.DAY_LENGTH) String day,
                                  @Parameter(example = Examples.DIRECTION) @PathParam("direction") Direction direction) {
        return calendar.day(date(day), direction).stream().map(SlotView::of).toList();
    }

    @GET
    @Path("slots")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Free slots of the coming days", description = "For a direction, from today (Asia/Ho_Chi_Minh) for `days` days: "
            + "each hour not over yet with its capacity, bookings held, places left (`free`) and whether a closure covers it; "
            + "each day with its places left. Drivers and carriers' dispatchers pick a slot with room from it.")
    @APIResponse(responseCode = "200", description = "The coming days, today first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ComingDayView.class)))
    @APIResponse(responseCode = "400", description = "No direction, or days outside 1-" + GateCalendarService.MAX_COMING_DAYS)
    public List<ComingDayView> comingDays(@Parameter(description = "EXPORT or IMPORT", example = Examples.DIRECTION) @QueryParam("direction") @NotNull Direction direction,
                                          @Parameter(description = "How many days from today, 1-" + GateCalendarService.MAX_COMING_DAYS, example = "3")
                                          @QueryParam("days") @DefaultValue("7") @Min(1) @Max(GateCalendarService.MAX_COMING_DAYS) int days) {
        return calendar.comingDays(direction, days).stream().map(d -> ComingDayView.of(d, direction)).toList();
    }

    @PUT
    @Path("slots/{day}/{direction}")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Configure a day", description = "The capacity of each of the 24 local hours of a day for a direction (0 = no bookings). "
            + "Without configuration every hour takes the direction's lanes x 200 / 24 vehicles (17 export, 25 import).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DayRequest.class),
            examples = @ExampleObject(name = "lychee season day, 06:00-22:00", value = Examples.SEASON_DAY)))
    @APIResponse(responseCode = "200", description = "The day as configured",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SlotView.class)))
    @APIResponse(responseCode = "400", description = "Not 24 capacities, or one out of range")
    @APIResponse(responseCode = "422", description = "The day is over")
    public List<SlotView> configureSlotDay(@Parameter(example = Examples.DAY) @PathParam("day") @Size(max = Bounds.DAY_LENGTH) String day,
                                           @Parameter(example = Examples.DIRECTION) @PathParam("direction") Direction direction,
                                           @Valid @NotNull DayRequest request) {
        return calendar.configureDay(date(day), direction, request.hourlyCapacity(), identity.getPrincipal().getName())
                .stream().map(SlotView::of).toList();
    }

    @POST
    @Path("gate-closures")
    @RolesAllowed({Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Close the gate", description = "For one or both directions over a period. The bookings it hits (vehicles not yet "
            + "arrived) are moved to the next free slot after it, perishables first and then by original slot, each keeping 4 h from its "
            + "vehicle's and driver's other bookings, or cancelled; each driver is told (notice, live view) and its event published. "
            + "No slot it covers can be booked, and no vehicle of its directions is called forward or let in, until it ends or is lifted; "
            + "the vehicles in the yard keep their order and their ETAs count from its end. The answer lists each booking moved or "
            + "cancelled and each vehicle held, as the preview does.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureRequest.class),
            examples = @ExampleObject(name = "flood", value = Examples.FLOOD)))
    @APIResponse(responseCode = "201", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "422", description = "A period that ends before it starts, lies in the past or lasts over 31 days")
    public Response closeGate(@Valid @NotNull ClosureRequest request, UriInfo uri) {
        GateCalendarService.ClosureOutcome outcome = calendar.close(EnumSet.copyOf(request.directions()), request.closedFrom(),
                request.closedUntil(), request.reason(), request.remarks(), action(request), identity.getPrincipal().getName());
        GateClosure closure = outcome.closure();
        return Response.created(uri.getAbsolutePathBuilder().path(closure.id().toString()).build())
                .entity(ClosureView.of(closure, ClosureOutcomeView.of(outcome))).build();
    }

    @POST
    @Path("gate-closures/preview")
    @RolesAllowed({Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Preview a closure", description = "What closing the gate as asked would do now, without doing it: each booking it "
            + "would move (and where) or cancel, in the order the closing takes them, and each vehicle in the yard it would hold. "
            + "It runs the closing's own rules on the same counts, then undoes it; nothing is published or told.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureRequest.class),
            examples = @ExampleObject(name = "flood", value = Examples.FLOOD)))
    @APIResponse(responseCode = "200", description = "What the closure would do",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureOutcomeView.class)))
    @APIResponse(responseCode = "422", description = "A period that ends before it starts, lies in the past or lasts over 31 days")
    public ClosureOutcomeView previewClosure(@Valid @NotNull ClosureRequest request) {
        return ClosureOutcomeView.of(calendar.preview(EnumSet.copyOf(request.directions()), request.closedFrom(), request.closedUntil(),
                request.reason(), request.remarks(), action(request), identity.getPrincipal().getName()));
    }

    private static ClosureAction action(ClosureRequest request) {
        return request.bookingAction() == null ? ClosureAction.MOVE : request.bookingAction();
    }

    @GET
    @Path("gate-closures")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Closures in force", description = "Closures not lifted that have not ended.")
    @APIResponse(responseCode = "200", description = "The closures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ClosureView.class)))
    public List<ClosureView> activeClosures() {
        return calendar.activeClosures().stream().map(ClosureView::of).toList();
    }

    @GET
    @Path("gate-closures/{id}")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "A closure", description = "A closure as declared (lifted or not), with how many bookings it moved and cancelled.")
    @APIResponse(responseCode = "200", description = "The closure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "404", description = "No such closure")
    public ClosureView closure(@Parameter(example = Examples.CLOSURE_ID) @PathParam("id") UUID id) {
        return ClosureView.of(calendar.closure(id));
    }

    @POST
    @Path("gate-closures/{id}/reopen")
    @RolesAllowed({Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Lift a closure", description = "Its slots can be booked again; moved bookings stay where they were moved.")
    @APIResponse(responseCode = "200", description = "Lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "404", description = "No such closure")
    @APIResponse(responseCode = "409", description = "Already lifted")
    public ClosureView reopenGate(@Parameter(example = Examples.CLOSURE_ID) @PathParam("id") UUID id) {
        return ClosureView.of(calendar.reopen(id, identity.getPrincipal().getName()));
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("day", "'" + day + "' is not a date such as 2026-12-01").saying("not-a-date", "value", day);
        }
    }
}
