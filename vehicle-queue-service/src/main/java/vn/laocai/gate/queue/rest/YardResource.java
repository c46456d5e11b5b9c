package vn.laocai.gate.queue.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.laocai.gate.queue.application.YardService;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.YardAction;
import vn.laocai.gate.support.export.ExportFormat;
import vn.laocai.gate.support.export.Exports;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.i18n.RequestLanguage;
import vn.laocai.gate.support.security.Roles;

import java.time.Instant;
import java.util.List;

/** The yard and the gate, for the gate management board's officers: check-in, queue, call-forward, gate in and out. */
@Path("/api/yard")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Yard", description = "Check-in, the queue of each direction, call-forward, gate-in and gate-out, officers' actions")
@SecurityRequirement(name = "jwt")
public class YardResource {

    private final YardService yard;
    private final LiveViews live;
    private final SecurityIdentity identity;

    public YardResource(YardService yard, LiveViews live, SecurityIdentity identity) {
        this.yard = yard;
        this.live = live;
        this.identity = identity;
    }

    @POST
    @Path("check-ins")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Check a vehicle in at the yard", description = "By the booking's QR (the signed token is verified) or by plate. "
            + "The vehicle joins the queue of its direction: on time (up to 1 h after its slot) from its slot hour, later re-queued "
            + "from its arrival; perishables (by declaration data) first. With driverDocumentNumber (read off the passport or border "
            + "pass) the answer and the board say driverDocument MATCH or MISMATCH (else NOT_PRESENTED); a mismatch still checks "
            + "in (the officer decides) and is written to the audit trail (CHECK_IN_DOCUMENT_MISMATCH). Role: gate-officer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YardRequests.CheckIn.class),
            examples = {@ExampleObject(name = "scanned QR", value = Examples.CHECK_IN_QR),
                    @ExampleObject(name = "typed plate", value = Examples.CHECK_IN_PLATE),
                    @ExampleObject(name = "QR and the driver's passport", value = Examples.CHECK_IN_DOCUMENT)}))
    @APIResponse(responseCode = "200", description = "Checked in: the booking with its position and ETA",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Already checked in, or the booking was cancelled")
    @APIResponse(responseCode = "422", description = "A forged or expired QR, a plate without booking, or too early")
    public BookingView checkIn(@Valid @NotNull YardRequests.CheckIn request) {
        Plate plate = request.plate() == null || request.plate().isBlank() ? null : Callers.plate("plate", request.plate());
        String token = request.qrToken() == null || request.qrToken().isBlank() ? null : request.qrToken();
        String code = yard.checkIn(token, plate, request.driverDocumentNumber(), officer()).code();
        return live.booking(code, Callers.of(identity));
    }

    @GET
    @Path("queue")
    @RolesAllowed({Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.SUPERVISOR})
    @Operation(summary = "The yard board", description = "The queue of each direction (or one) with positions, ETAs and what blocks "
            + "each vehicle, and the gate area.")
    @APIResponse(responseCode = "200", description = "The queues",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = QueueView.class)))
    public List<QueueView> board(@Parameter(description = "EXPORT or IMPORT; both when absent", example = "EXPORT") @QueryParam("direction") Direction direction) {
        return live.board(direction);
    }

    @GET
    @Path("queue/export.{format}")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @RolesAllowed({Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.SUPERVISOR})
    @Operation(summary = "The yard board as a spreadsheet", description = "Roles gate-officer, border-guard, supervisor, as GET "
            + "/api/yard/queue. The same board, a row per vehicle: the waiting ones of each direction in order (section WAITING, "
            + "position, what blocks each), then its gate area (section GATE_AREA, status, lane). CSV (UTF-8 with a byte order mark; "
            + "a text starting with =, +, - or @ written after an apostrophe) or XLSX, headers in the language of Accept-Language, "
            + "codes as they are.")
    @APIResponse(responseCode = "200", description = "The board as a file (Content-Disposition names it)",
            content = {@Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "one waiting, one in the gate", value = Examples.BOARD_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportBoard(@Parameter(description = "csv or xlsx", example = "csv")
                                @PathParam("format") @Size(max = 4) @Pattern(regexp = ExportFormat.EXTENSIONS, message = "{constraint.export-format}") String format,
                                @Parameter(description = "EXPORT or IMPORT; both when absent", example = "EXPORT") @QueryParam("direction") Direction direction) {
        ExportFormat as = ExportFormat.of("format", format);
        return Exports.response(QueueView.table(live.board(direction)), as, PlatformTexts.catalogue(), RequestLanguage.current());
    }

    @GET
    @Path("queue/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed({Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.SUPERVISOR})
    @Operation(summary = "The yard board, live", description = "Server-sent events: the board now, then after every change and every refresh interval.")
    @APIResponse(responseCode = "200", description = "A stream of boards",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.ARRAY, implementation = QueueView.class)))
    public Multi<List<QueueView>> boardStream(@Parameter(description = "EXPORT or IMPORT; both when absent", example = "EXPORT") @QueryParam("direction") Direction direction) {
        return live.boardStream(direction);
    }

    @POST
    @Path("call-forward")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Call the next vehicles forward", description = "Calls the next vehicles of a direction in queue order to the gate "
            + "area, each toward the least busy lane, skipping those held or whose clearance does not allow it yet; at most the "
            + "batch (20) and never more than the gate area holds (20).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YardRequests.CallForward.class),
            examples = @ExampleObject(name = "five export trucks", value = Examples.CALL_FORWARD)))
    @APIResponse(responseCode = "200", description = "The vehicles called (possibly none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BookingView.class)))
    public List<BookingView> callForward(@Valid @NotNull YardRequests.CallForward request) {
        return yard.callForward(request.direction(), request.count(), officer()).stream().map(c -> BookingView.of(c.booking())).toList();
    }

    @POST
    @Path("vehicles/{code}/call-forward")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Call one vehicle forward", description = "Out of turn, with a reason (required: 400 naming reason without one), "
            + "kept with the officer and the time (GET /api/yard/out-of-turn, audit trail OUT_OF_TURN_CALL); refused while its "
            + "clearance does not allow it, while it is held, or when the gate area is full. Role: gate-officer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "perishable at risk", value = Examples.OUT_OF_TURN)))
    @APIResponse(responseCode = "200", description = "Called forward",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Clearance pending, held, not waiting, or gate area full")
    public BookingView callForwardOne(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, @Valid ReasonRequest request) {
        return BookingView.of(yard.callForwardOne(Callers.code(code), request == null ? null : request.reason(), officer()));
    }

    @GET
    @Path("out-of-turn")
    @RolesAllowed({Roles.SUPERVISOR, Roles.GATE_OFFICER})
    @Operation(summary = "Out-of-turn calls and reorders of a day", description = "Roles: supervisor, gate-officer. Every vehicle called "
            + "forward out of turn and every reorder of a local day (Asia/Ho_Chi_Minh), oldest first: booking, plate, direction, "
            + "action (OUT_OF_TURN_CALL or REORDER), the officer's reason, what it did (lane, position), officer and time.")
    @APIResponse(responseCode = "200", description = "The actions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OutOfTurnView.class),
                    examples = @ExampleObject(name = "one call", value = Examples.OUT_OF_TURN_LIST)))
    public List<OutOfTurnView> outOfTurn(@Parameter(description = "The local day", required = true, example = "2026-06-15")
                                         @QueryParam("day") @Size(max = Bounds.DAY_LENGTH) String day) {
        return yard.outOfTurn(Callers.day("day", day)).stream().map(OutOfTurnView::of).toList();
    }

    @POST
    @Path("vehicles/{code}/gate-in")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Gate-in", description = "A vehicle called forward enters the gate (control area); at most 5 of a direction at a time. "
            + "It is released at once if its consignments are already cleared, otherwise when they are.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YardRequests.GateIn.class),
            examples = @ExampleObject(name = "lane 2", value = Examples.GATE_IN)))
    @APIResponse(responseCode = "200", description = "In the gate (or released)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not called forward, or the gate is full")
    public BookingView gateIn(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, @Valid YardRequests.GateIn request) {
        return BookingView.of(yard.gateIn(Callers.code(code), request == null ? null : request.lane(), officer()));
    }

    @POST
    @Path("vehicles/{code}/gate-out")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Gate-out", description = "A released vehicle (or an empty one with nothing declared) leaves the gate.")
    @APIResponse(responseCode = "200", description = "Exited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not released")
    public BookingView gateOut(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code) {
        return BookingView.of(yard.gateOut(Callers.code(code), officer()));
    }

    @POST
    @Path("vehicles/{code}/hold")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Hold a vehicle", description = "It keeps its place but is not called forward; recorded with who, when and why.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "hold", value = Examples.HOLD)))
    @APIResponse(responseCode = "200", description = "Held",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not waiting, or already held")
    public BookingView hold(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, @Valid @NotNull ReasonRequest request) {
        return BookingView.of(yard.hold(Callers.code(code), request.reason(), officer()));
    }

    @POST
    @Path("vehicles/{code}/lift-hold")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Lift a hold", description = "Recorded with who, when and why.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "lift", value = Examples.LIFT_HOLD)))
    @APIResponse(responseCode = "200", description = "Hold lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not held")
    public BookingView liftHold(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, @Valid @NotNull ReasonRequest request) {
        return BookingView.of(yard.liftHold(Callers.code(code), request.reason(), officer()));
    }

    @POST
    @Path("vehicles/{code}/reorder")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Move a vehicle in the queue", description = "To a position of its direction's queue, with a reason (required); "
            + "recorded with who and when (GET /api/yard/out-of-turn, audit trail QUEUE_REORDERED). Role: gate-officer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YardRequests.Reorder.class),
            examples = @ExampleObject(name = "to the front", value = Examples.REORDER)))
    @APIResponse(responseCode = "200", description = "Moved: the booking with its new position",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not waiting")
    public BookingView reorder(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, @Valid @NotNull YardRequests.Reorder request) {
        String normalised = Callers.code(code);
        yard.reorder(normalised, request.position(), request.reason(), officer());
        return live.booking(normalised, Callers.of(identity));
    }

    @POST
    @Path("vehicles/{code}/remove")
    @RolesAllowed(Roles.GATE_OFFICER)
    @Operation(summary = "Remove a vehicle", description = "Takes it out of the yard queue (or a rejected one out of the gate); its booking is "
            + "cancelled by the officer; recorded with who, when and why.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "remove", value = Examples.REMOVE)))
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Already in the gate or gone")
    public BookingView remove(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, @Valid @NotNull ReasonRequest request) {
        return BookingView.of(yard.remove(Callers.code(code), request.reason(), officer()));
    }

    @GET
    @Path("vehicles/{code}/actions")
    @RolesAllowed({Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Officers' actions on a vehicle", description = "Check-in, call-forward, gate in and out, holds, reorders, removal: who, when, why.")
    @APIResponse(responseCode = "200", description = "The actions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ActionView.class)))
    public List<ActionView> yardActions(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code) {
        return yard.actions(Callers.code(code)).stream().map(ActionView::of).toList();
    }

    private String officer() {
        return identity.getPrincipal().getName();
    }

    /** One officer's action. */
    @Schema(name = "YardAction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(@Schema(example = "HOLD") String action, @Schema(example = "Reefer unit alarm, driver checking") String reason,
                             @Schema(description = "What the action did besides its reason", example = "lane 2") String detail,
                             @Schema(example = "officer-1") String officer, Instant at) {
        static ActionView of(YardAction a) {
            return new ActionView(a.action(), a.reason(), a.detail(), a.officer(), a.actedAt());
        }
    }

    /** An out-of-turn call or a reorder, with the vehicle it moved. */
    @Schema(name = "OutOfTurnAction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutOfTurnView(@Schema(example = "KT2-7XK4P9") String bookingCode, @Schema(example = "24C-123.45") String plate,
                                @Schema(example = "EXPORT") String direction,
                                @Schema(description = "OUT_OF_TURN_CALL or REORDER", example = "OUT_OF_TURN_CALL") String action,
                                @Schema(example = "Durian in a failing reefer") String reason,
                                @Schema(example = "lane 2") String detail,
                                @Schema(example = "officer-1") String officer, Instant at) {
        static OutOfTurnView of(YardService.OutOfTurnAction o) {
            YardAction a = o.action();
            return new OutOfTurnView(a.bookingCode(), o.booking().plate().display(), o.booking().direction().name(), a.action(),
                    a.reason(), a.detail(), a.officer(), a.actedAt());
        }
    }
}
