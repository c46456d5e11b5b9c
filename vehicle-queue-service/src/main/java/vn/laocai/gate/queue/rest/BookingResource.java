package vn.laocai.gate.queue.rest;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.laocai.gate.queue.application.BookCrossing;
import vn.laocai.gate.queue.application.BookingService;
import vn.laocai.gate.queue.application.Caller;
import vn.laocai.gate.queue.application.ConsentService;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingAmendment;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.LinkConsent;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.Vehicle;
import vn.laocai.gate.support.security.Roles;

import java.time.Instant;
import java.util.List;

/** Drivers book crossings, amend, cancel and follow them (live); officers look them up. */
@Path("/api/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Pre-registration of crossings")
@SecurityRequirement(name = "jwt")
public class BookingResource {

    private final BookingService bookings;
    private final ConsentService consents;
    private final LiveViews live;
    private final SecurityIdentity identity;
    private final QrImages qrImages;

    public BookingResource(BookingService bookings, ConsentService consents, LiveViews live, SecurityIdentity identity, QrImages qrImages) {
        this.bookings = bookings;
        this.consents = consents;
        this.live = live;
        this.identity = identity;
        this.qrImages = qrImages;
    }

    @POST
    @RolesAllowed(Roles.DRIVER)
    @Operation(summary = "Book a crossing", description = "Binds a crossing to one vehicle, its driver and the calling account "
            + "(never transferable) and holds the slot hour of the planned arrival. Answers the booking code and its QR code, "
            + "which encodes a signed token. Refused: a malformed plate (400), a closed gate (422), an overlapping booking "
            + "of the vehicle or driver, too many open bookings, a vehicle bound to another account (vehicle-bound) or a full "
            + "slot (409), too many requests (429). No refusal names another account's booking, driver or document.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingRequest.class),
            examples = {@ExampleObject(name = "durian export", value = Examples.BOOKING),
                    @ExampleObject(name = "Chinese truck importing", value = Examples.CHINESE_BOOKING)}))
    @APIResponse(responseCode = "201", description = "Booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "The slot is full, or the vehicle or driver already holds a booking too close to it, "
            + "or too many open bookings, or the vehicle is bound to another account. A full slot (slot-full) carries the nearest "
            + "free slots of the direction before and after it (`before`, `after`)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = CalendarViews.SlotProblem.class),
                    examples = {@ExampleObject(name = "vehicle bound", value = Examples.VEHICLE_BOUND),
                            @ExampleObject(name = "slot full", value = Examples.SLOT_FULL)}))
    @APIResponse(responseCode = "422", description = "A rule of the gate refuses the booking (closed gate, trailer plate as vehicle, arrival in the past); "
            + "a closed slot (gate-closed) carries the nearest free slots before and after it (`before`, `after`)")
    @APIResponse(responseCode = "429", description = "Too many booking requests from this account")
    public Response bookCrossing(@Valid @NotNull BookingRequest request, UriInfo uri) {
        Plate plate = Callers.plate("plate", request.plate());
        Plate trailer = request.trailerPlate() == null || request.trailerPlate().isBlank()
                ? null : Callers.plate("trailerPlate", request.trailerPlate());
        BookCrossing command = new BookCrossing(identity.getPrincipal().getName(),
                new Vehicle(plate, trailer, request.vehicleType(), request.weightClass()), driver(request.driver()),
                request.direction(), request.cargoCategory(), request.plannedArrival(), request.gate());
        Booking booking = bookings.book(command);
        return Response.created(uri.getAbsolutePathBuilder().path(booking.code()).build())
                .entity(BookingView.of(booking, null, qr(booking)))
                .build();
    }

    @GET
    @RolesAllowed(Roles.DRIVER)
    @Operation(summary = "My bookings", description = "The calling driver's bookings, latest slot first (at most 100).")
    @APIResponse(responseCode = "200", description = "The bookings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BookingView.class)))
    public List<BookingView> myBookings() {
        return bookings.ownedBy(identity.getPrincipal().getName()).stream().map(BookingView::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Read a booking", description = "Status, clearance, and while the vehicle waits its position and ETA. "
            + "A driver sees only their own bookings, with the current consent's share code; officers see all, the consent "
            + "without its share code.")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    public BookingView booking(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code) {
        return live.booking(Callers.code(code), Callers.of(identity));
    }

    @POST
    @Path("{code}/amendments")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER})
    @Operation(summary = "Amend a booking", description = "Another driver and/or a new arrival window, before the vehicle checks in. "
            + "The vehicle and the account never change (no transfer); every amendment is kept in the history.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentRequest.class),
            examples = @ExampleObject(name = "new window", value = Examples.AMENDMENT)))
    @APIResponse(responseCode = "200", description = "Amended, with the booking's current QR",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    @APIResponse(responseCode = "409", description = "The vehicle already checked in, or the new slot is full or overlaps")
    @APIResponse(responseCode = "422", description = "The new slot is closed or in the past")
    public BookingView amendBooking(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, @Valid @NotNull AmendmentRequest request) {
        Caller caller = Callers.of(identity);
        Booking booking = bookings.amend(Callers.code(code), caller, request.driver() == null ? null : driver(request.driver()),
                request.plannedArrival(), request.cargoCategory(), request.reason());
        // a new window makes a new QR (the old one no longer checks in): the answer carries it
        return BookingView.of(booking, null, qr(booking));
    }

    @GET
    @Path("{code}/amendments")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "History of a booking's amendments", description = "Driver and window after each amendment, with who, when and why. "
            + "Roles: driver (own booking), gate-officer, border-guard, customs-officer, supervisor. The driver's document number "
            + "in full to the border guard and the booking's own account; masked (C12***67) to every other officer.")
    @APIResponse(responseCode = "200", description = "The amendments, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AmendmentView.class)))
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    public List<AmendmentView> amendments(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code) {
        Booking booking = bookings.visible(Callers.code(code), Callers.of(identity));
        boolean entitled = PersonalDataViews.mayReadDocument(identity, booking);
        return booking.amendments().stream().map(a -> AmendmentView.of(a, entitled)).toList();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER})
    @Operation(summary = "Cancel a booking", description = "The driver cancels their own booking (before the vehicle is called forward); "
            + "an officer may cancel any. The slot is freed.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    @APIResponse(responseCode = "409", description = "Too late to cancel")
    public BookingView cancelBooking(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                              @Parameter(description = "Why", example = "Harvest delayed by rain") @QueryParam("reason") @Size(max = Bounds.REASON) String reason) {
        return BookingView.of(bookings.cancel(Callers.code(code), Callers.of(identity), reason));
    }

    @POST
    @Path("{code}/consents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER})
    @Operation(summary = "Consent to traders linking consignments", description = "Roles: driver (own booking), gate-officer. "
            + "Creates a share code (8 characters of Crockford base32, XXXX-XXXX, from SecureRandom) for the driver to pass on to "
            + "the traders whose declarations name this booking; it replaces the current consent, which counts as withdrawn "
            + "(BookingConsentWithdrawn, then BookingConsentGiven carrying only the code's SHA-256). Refused once the booking is "
            + "closed, and a replacement once the vehicle checked in (409).")
    @APIResponse(responseCode = "201", description = "Consent given: its id, the share code and when",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.Consent.class),
                    examples = @ExampleObject(name = "consent", value = Examples.CONSENT)))
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    @APIResponse(responseCode = "409", description = "The booking is closed, or the vehicle checked in and the current consent stands",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "checked in", value = Examples.ALREADY_CHECKED_IN)))
    public Response giveConsent(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code, UriInfo uri) {
        LinkConsent consent = consents.give(Callers.code(code), Callers.of(identity));
        return Response.created(uri.getAbsolutePathBuilder().path(consent.id().toString()).build())
                .entity(BookingView.Consent.of(consent, true)).build();
    }

    @DELETE
    @Path("{code}/consents/{consentId}")
    @RolesAllowed(Roles.DRIVER)
    @Operation(summary = "Withdraw a consent to link", description = "Role: driver (own booking). Withdraws the current consent "
            + "before check-in (BookingConsentWithdrawn: clearance undoes the links made with it); its share code links nothing more.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such booking (or not yours), or the consent is not its current one")
    @APIResponse(responseCode = "409", description = "The vehicle already checked in",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "checked in", value = Examples.ALREADY_CHECKED_IN)))
    public Response withdrawConsent(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                                    @Parameter(example = Examples.CONSENT_ID) @PathParam("consentId") @Size(max = Bounds.UUID_LENGTH) String consentId) {
        consents.withdraw(Callers.code(code), consentId.strip(), Callers.of(identity));
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/qr")
    @Produces({QrImages.SVG, QrImages.PNG})
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER})
    @Operation(summary = "The booking's QR code", description = "Roles driver (own bookings) and gate-officer. Encodes the signed "
            + "token the yard scans at check-in, as SVG or PNG as the Accept header asks (SVG when it allows both). Drawn once and "
            + "then kept: the answer has an ETag (If-None-Match answers 304) and may be kept privately by the browser, which asks again each time.")
    @APIResponse(responseCode = "200", description = "The image", content = {@Content(mediaType = QrImages.SVG), @Content(mediaType = QrImages.PNG)})
    @APIResponse(responseCode = "304", description = "Not modified: the image the If-None-Match names is still the booking's")
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    public Response qr(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                       @Context HttpHeaders headers, @Context Request request) {
        return qrImage(code, QrImages.negotiate(headers.getAcceptableMediaTypes()), request);
    }

    @GET
    @Path("{code}/qr.png")
    @Produces(QrImages.PNG)
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER})
    @Operation(summary = "The booking's QR code as PNG", description = "Roles driver (own bookings) and gate-officer. As GET .../qr, always PNG.")
    @APIResponse(responseCode = "200", description = "PNG image", content = @Content(mediaType = QrImages.PNG))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    public Response qrPng(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                          @Context Request request) {
        return qrImage(code, QrImages.PNG, request);
    }

    @GET
    @Path("{code}/qr.svg")
    @Produces(QrImages.SVG)
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER})
    @Operation(summary = "The booking's QR code as SVG", description = "Roles driver (own bookings) and gate-officer. As GET .../qr, always SVG.")
    @APIResponse(responseCode = "200", description = "SVG image", content = @Content(mediaType = QrImages.SVG))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    public Response qrSvg(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code,
                          @Context Request request) {
        return qrImage(code, QrImages.SVG, request);
    }

    @GET
    @Path("{code}/slip.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER})
    @Operation(summary = "The printable booking slip", description = "Roles driver (own bookings) and gate-officer. A one-page PDF "
            + "in Vietnamese, English and Chinese: booking code, plate as written, direction, the slot in Vietnam time, the driver, the "
            + "status and the booking's signed QR code (the token GET .../qr encodes), to print and bring to the yard. Written anew on "
            + "each request: an amended arrival makes a new QR.")
    @APIResponse(responseCode = "200", description = "The slip", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 2 * 1024 * 1024)))
    @APIResponse(responseCode = "404", description = "No such booking (or not yours)")
    public Response slip(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code) {
        Booking booking = bookings.visible(Callers.code(code), Callers.of(identity));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(BookingSlip.of(booking, bookings.qrToken(booking)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + booking.code() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache)
                .build();
    }

    /** The image of the booking's current token, from the cache; 304 when the caller already has it. Private: the token is the driver's. */
    private Response qrImage(String code, String mediaType, Request request) {
        QrImages.Image image = qrImages.of(bookings.qrToken(bookings.visible(Callers.code(code), Callers.of(identity))), mediaType);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        // no-cache: kept by the browser, but asked again each time (304 while it is the same), since an amended arrival changes the token
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(image.tag());
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(image.bytes(), image.mediaType());
        return answer.tag(image.tag()).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("{code}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed({Roles.DRIVER, Roles.GATE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Follow a booking live", description = "Server-sent events: the booking (status, position, ETA, call-forward "
            + "and lane, notices) now, then again after every change of its queue and every refresh interval. Drivers follow their own.")
    @APIResponse(responseCode = "200", description = "A stream of bookings",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = BookingView.class)))
    public Multi<BookingView> bookingStream(@Parameter(example = Examples.CODE) @PathParam("code") @Size(max = Bounds.BOOKING_CODE_LENGTH) @Pattern(regexp = Bounds.BOOKING_CODE, message = Bounds.BOOKING_CODE_MESSAGE) String code) {
        return live.bookingStream(Callers.code(code), Callers.of(identity));
    }

    /** The token and where its image is: nothing is drawn here. */
    private BookingView.Qr qr(Booking booking) {
        return BookingView.Qr.of(booking.code(), bookings.qrToken(booking));
    }

    private static Driver driver(BookingRequest.DriverDetails d) {
        return new Driver(d.name(), d.nationality(), d.documentNumber(), d.phone());
    }

    /** One amendment as the history shows it. */
    @Schema(name = "Amendment")
    public record AmendmentView(@Schema(example = "2") int revision, String driverName, String driverNationality,
                                @Schema(description = "In full to the border guard and the booking's own account, else masked",
                                        example = "C12***67") String driverDocumentNumber,
                                Instant arrivalWindowStart, Instant arrivalWindowEnd,
                                @Schema(example = "Driver changed after a breakdown on QL70") String reason,
                                @Schema(example = "driver-an") String amendedBy,
                                @Schema(description = "The carrier the amending dispatcher acted for; null when the driver or an officer amended",
                                        example = "5300100237") String amendedFor,
                                Instant amendedAt) {
        static AmendmentView of(BookingAmendment a, boolean entitled) {
            return new AmendmentView(a.revision(), a.driverName(), a.driverNationality(),
                    PersonalDataViews.document(a.driverDocumentNumber(), entitled),
                    a.arrivalWindowStart(), a.arrivalWindowEnd(), a.reason(), a.amendedBy(), a.amendedFor(), a.amendedAt());
        }
    }
}
