package vn.laocai.gate.queue.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.laocai.gate.queue.application.BookForCarrier;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.queue.application.CarrierBookingService;
import vn.laocai.gate.queue.application.FleetService;
import vn.laocai.gate.queue.application.PenaltyService;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.rest.CarrierRequests.CarrierAmendmentRequest;
import vn.laocai.gate.queue.rest.CarrierRequests.CarrierBookingRequest;
import vn.laocai.gate.queue.rest.CarrierRequests.FleetDriverRequest;
import vn.laocai.gate.queue.rest.CarrierRequests.FleetVehicleRequest;
import vn.laocai.gate.queue.rest.CarrierViews.CarrierBookingView;
import vn.laocai.gate.queue.rest.CarrierViews.FleetDriverView;
import vn.laocai.gate.queue.rest.CarrierViews.FleetVehicleView;
import vn.laocai.gate.support.security.OrganisationAccess;
import vn.laocai.gate.support.security.OrganisationId;
import vn.laocai.gate.support.security.OrganisationMemberResource;
import vn.laocai.gate.support.validation.Bounds;

import java.util.List;

import static vn.laocai.gate.support.security.OrganisationRole.DISPATCHER;
import static vn.laocai.gate.support.security.OrganisationRole.DRIVER;
import static vn.laocai.gate.support.security.OrganisationRole.MANAGER;

/**
 * A carrier's fleet and its bookings, for the carrier's members: the manager and the dispatchers keep the
 * fleet and book for it; its drivers read the fleet and the bookings. Membership comes from the token's
 * {@code memberships} claim (service-support {@code Membership}); anyone else is refused 403.
 */
@Path("/api/carriers/{carrier}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Carriers", description = "A carrier's fleet of vehicles and drivers, and the bookings its dispatchers make")
@SecurityRequirement(name = "jwt")
@Authenticated
public class CarrierResource extends OrganisationMemberResource {

    /** The carrier every operation is about; {@link #member} parses and checks it (400 naming {@code carrier}). */
    @Parameter(description = "The carrier's tax code or credit code", example = CarrierExamples.CARRIER)
    @PathParam("carrier")
    @Size(max = Bounds.ORGANISATION_ID_LENGTH)
    @Pattern(regexp = Bounds.ORGANISATION_ID, message = Bounds.ORGANISATION_ID_MESSAGE)
    String carrier;

    private final FleetService fleet;
    private final CarrierBookingService carrierBookings;
    private final BookingService bookings;

    private final PenaltyService penalties;

    public CarrierResource(FleetService fleet, CarrierBookingService carrierBookings, BookingService bookings, PenaltyService penalties) {
        this.penalties = penalties;
        this.fleet = fleet;
        this.carrierBookings = carrierBookings;
        this.bookings = bookings;
    }

    @GET
    @Path("vehicles")
    @Operation(summary = "The carrier's fleet vehicles", description = "Members of the carrier (manager, dispatcher, driver).")
    @APIResponse(responseCode = "200", description = "The vehicles, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FleetVehicleView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the carrier")
    public List<FleetVehicleView> vehicles() {
        return fleet.vehicles(member(MANAGER, DISPATCHER, DRIVER)).stream().map(FleetVehicleView::of).toList();
    }

    @POST
    @Path("vehicles")
    @Operation(summary = "Add a vehicle to the fleet", description = "The carrier's manager or dispatcher. A plate is in one fleet at a "
            + "time (409 in-a-fleet naming plate); audited FLEET_VEHICLE_ADDED.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FleetVehicleRequest.class),
            examples = @ExampleObject(name = "reefer truck", value = CarrierExamples.VEHICLE)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FleetVehicleView.class)))
    @APIResponse(responseCode = "403", description = "Not the carrier's manager or dispatcher")
    @APIResponse(responseCode = "409", description = "The plate is already in a fleet")
    public Response addVehicle(@Valid @NotNull FleetVehicleRequest request) {
        OrganisationId id = member(MANAGER, DISPATCHER);
        Plate plate = Callers.plate("plate", request.plate());
        return Response.status(201).entity(FleetVehicleView.of(fleet.addVehicle(id, plate, request.vehicleType(), request.weightClass(), actor()))).build();
    }

    @DELETE
    @Path("vehicles/{plate}")
    @Operation(summary = "Remove a vehicle from the fleet", description = "The carrier's manager or dispatcher. Bookings already made stand; "
            + "no new one is admitted. Audited FLEET_VEHICLE_REMOVED.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the carrier's manager or dispatcher")
    @APIResponse(responseCode = "404", description = "Not in this fleet")
    public void removeVehicle(@Parameter(example = "24C-123.45") @PathParam("plate") @Size(max = Bounds.PLATE) String plate) {
        fleet.removeVehicle(member(MANAGER, DISPATCHER), Callers.plate("plate", plate), actor());
    }

    @GET
    @Path("drivers")
    @Operation(summary = "The carrier's drivers", description = "Members of the carrier (manager, dispatcher, driver).")
    @APIResponse(responseCode = "200", description = "The drivers, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FleetDriverView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the carrier")
    public List<FleetDriverView> drivers() {
        return fleet.drivers(member(MANAGER, DISPATCHER, DRIVER)).stream().map(FleetDriverView::of).toList();
    }

    @POST
    @Path("drivers")
    @Operation(summary = "Add a driver to the carrier", description = "The carrier's manager or dispatcher: the driver's account and the "
            + "details their bookings carry. A driver drives for one carrier at a time (409 in-a-fleet naming account); "
            + "audited FLEET_DRIVER_ADDED.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FleetDriverRequest.class),
            examples = @ExampleObject(name = "driver", value = CarrierExamples.DRIVER)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FleetDriverView.class)))
    @APIResponse(responseCode = "403", description = "Not the carrier's manager or dispatcher")
    @APIResponse(responseCode = "409", description = "The driver already drives for a carrier")
    public Response addDriver(@Valid @NotNull FleetDriverRequest request) {
        OrganisationId id = member(MANAGER, DISPATCHER);
        BookingRequest.DriverDetails d = request.details();
        Driver details = new Driver(d.name(), d.nationality(), d.documentNumber(), d.phone());
        return Response.status(201).entity(FleetDriverView.of(fleet.addDriver(id, request.account().strip(), details, actor()))).build();
    }

    @DELETE
    @Path("drivers/{account}")
    @Operation(summary = "Remove a driver from the carrier", description = "The carrier's manager or dispatcher; audited FLEET_DRIVER_REMOVED.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the carrier's manager or dispatcher")
    @APIResponse(responseCode = "404", description = "Not a driver of this carrier")
    public void removeDriver(@Parameter(example = "driver-an") @PathParam("account") @Size(max = Bounds.ACCOUNT) String account) {
        fleet.removeDriver(member(MANAGER, DISPATCHER), account, actor());
    }

    @POST
    @Path("bookings")
    @Operation(summary = "Book a crossing for a fleet vehicle and driver", description = "The carrier's dispatcher books one of its fleet "
            + "vehicles for one of its drivers: the booking is the driver's (they see it and its QR, and get its notices), records the "
            + "carrier and the dispatcher, and binds the vehicle to the carrier. Refused: a plate not in the carrier's fleet (422 "
            + "not-in-fleet naming plate), a driver who does not drive for it (422 not-in-fleet naming driverAccount), not the "
            + "carrier's dispatcher (403), and as a driver's booking is (slot, closures, limits per vehicle and driver); too many "
            + "requests of the carrier (429). Audited BOOKED_FOR_CARRIER.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarrierBookingRequest.class),
            examples = @ExampleObject(name = "durian export", value = CarrierExamples.BOOKING)))
    @APIResponse(responseCode = "201", description = "Booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarrierBookingView.class)))
    @APIResponse(responseCode = "403", description = "Not the carrier's dispatcher")
    @APIResponse(responseCode = "409", description = "The slot is full, the vehicle or driver holds a booking too close, or the vehicle is bound elsewhere")
    @APIResponse(responseCode = "422", description = "The plate or the driver is not the carrier's, or a rule of the gate refuses the booking",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not in fleet", value = CarrierExamples.NOT_IN_FLEET)))
    @APIResponse(responseCode = "429", description = "Too many booking requests from this carrier")
    public Response book(@Valid @NotNull CarrierBookingRequest request) {
        OrganisationId id = member(DISPATCHER);
        Plate plate = Callers.plate("plate", request.plate());
        Plate trailer = request.trailerPlate() == null || request.trailerPlate().isBlank() ? null : Callers.plate("trailerPlate", request.trailerPlate());
        Booking booking = carrierBookings.book(new BookForCarrier(id, actor(), plate, trailer, request.driverAccount().strip(),
                request.direction(), request.cargoCategory(), request.plannedArrival()));
        BookingView view = BookingView.of(booking, null, BookingView.Qr.of(booking.code(), bookings.qrToken(booking)));
        return Response.status(201).header("Location", "/api/bookings/" + booking.code()).entity(CarrierBookingView.of(booking, view)).build();
    }

    @GET
    @Path("standing")
    @Operation(summary = "The carrier's standing", description = "The no-shows and late cancellations of the bookings the carrier's "
            + "dispatchers made, within the window (30 days by default), the limits that block (2 each), and the block in force with "
            + "its end (14 days by default); the carrier's manager and dispatchers.")
    @APIResponse(responseCode = "200", description = "The standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingViews.StandingView.class)))
    @APIResponse(responseCode = "403", description = "Not the carrier's manager or dispatcher")
    public StandingViews.StandingView standing() {
        return StandingViews.StandingView.of(penalties.standing(null, member(MANAGER, DISPATCHER).value()));
    }

    @GET
    @Path("bookings")
    @Operation(summary = "The carrier's bookings", description = "Every booking the carrier's dispatchers made, latest slot first (at most "
            + CarrierBookingService.LISTING_LIMIT + "), with who booked it for which driver; the carrier's manager and dispatchers (a driver sees their own under /api/bookings).")
    @APIResponse(responseCode = "200", description = "The bookings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CarrierBookingView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the carrier")
    public List<CarrierBookingView> carrierBookings() {
        return carrierBookings.bookingsOf(member(MANAGER, DISPATCHER)).stream()
                .map(b -> CarrierBookingView.of(b, BookingView.of(b))).toList();
    }

    @POST
    @Path("bookings/{code}/amendments")
    @Operation(summary = "Move one of the carrier's bookings to another slot", description = "A dispatcher of the carrier that made the "
            + "booking, before check-in, with the rules of a driver's amendment (slot open, free, gap per vehicle and driver). The "
            + "vehicle and the driver stay (a booking is bound to them; book again for others). The history names the dispatcher "
            + "(amendedBy) and the carrier (amendedFor); audited BOOKING_AMENDED_FOR_CARRIER. Not the carrier's dispatcher: 403; "
            + "a booking the carrier did not make: 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarrierAmendmentRequest.class),
            examples = @ExampleObject(name = "later slot", value = CarrierExamples.AMENDMENT)))
    @APIResponse(responseCode = "200", description = "Amended, with the booking's new QR",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarrierBookingView.class)))
    @APIResponse(responseCode = "403", description = "Not the carrier's dispatcher")
    @APIResponse(responseCode = "404", description = "No booking of the carrier with this code")
    @APIResponse(responseCode = "409", description = "The vehicle already checked in, or the new slot is full or too close to another booking")
    @APIResponse(responseCode = "422", description = "The new slot is closed or in the past")
    public CarrierBookingView amend(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH)
                                    @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                                    @Valid @NotNull CarrierAmendmentRequest request) {
        OrganisationId id = member(DISPATCHER);
        Booking booking = carrierBookings.amend(id, Callers.code(code), actor(), request.plannedArrival(), request.reason());
        return CarrierBookingView.of(booking, BookingView.of(booking, null, BookingView.Qr.of(booking.code(), bookings.qrToken(booking))));
    }

    @DELETE
    @Path("bookings/{code}")
    @Operation(summary = "Cancel one of the carrier's bookings", description = "A dispatcher of the carrier that made the booking, as its "
            + "driver may (before the vehicle is called forward); the slot is freed, cancelledBy names the dispatcher, audited "
            + "BOOKING_CANCELLED_FOR_CARRIER. Not the carrier's dispatcher: 403; a booking the carrier did not make: 404.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarrierBookingView.class)))
    @APIResponse(responseCode = "403", description = "Not the carrier's dispatcher")
    @APIResponse(responseCode = "404", description = "No booking of the carrier with this code")
    @APIResponse(responseCode = "409", description = "Too late to cancel")
    public CarrierBookingView cancel(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH)
                                     @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                                     @Parameter(description = "Why", example = "The buyer postponed the shipment")
                                     @QueryParam("reason") @Size(max = Bounds.REASON) String reason) {
        OrganisationId id = member(DISPATCHER);
        Booking booking = carrierBookings.cancel(id, Callers.code(code), actor(), reason);
        return CarrierBookingView.of(booking, BookingView.of(booking));
    }

    @Override
    protected PathOrganisation organisationInPath() {
        return new PathOrganisation("carrier", carrier);
    }
}
