package vn.laocai.gate.queue.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.ArrivalWindow;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingAdmission;
import vn.laocai.gate.queue.domain.BookingCode;
import vn.laocai.gate.queue.domain.BookingCodeTaken;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.Fleet;
import vn.laocai.gate.queue.domain.FleetDriver;
import vn.laocai.gate.queue.domain.FleetRepository;
import vn.laocai.gate.queue.domain.FleetVehicle;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.outbox.Outbox;
import vn.laocai.gate.support.security.OrganisationId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A carrier's dispatcher books for the carrier's own vehicles and drivers: the request rate counts per
 * carrier (one dispatcher books for a whole fleet), the vehicle and the driver must be in the carrier's
 * fleet, and {@link BookingAdmission#admitForCarrier} decides the rest. The booking is owned by the driver
 * (who sees it, gets its QR and its notices), records the carrier and the dispatcher, and the audit trail
 * says who booked for whom.
 */
@ApplicationScoped
public class CarrierBookingService {

    private static final Logger LOG = Logger.getLogger(CarrierBookingService.class);
    /** The most bookings one listing of a carrier gives. */
    public static final int LISTING_LIMIT = 200;

    private final BookingRepository bookings;
    private final FleetRepository fleets;
    private final BookingAdmission admission;
    private final Outbox outbox;
    private final YardNotifier notifier;
    private final AuditTrail audit;
    private final Clock clock;
    private final RequestRateLimit rateLimit;
    private final BookingService driverBookings;

    private final PenaltyService penalties;

    public CarrierBookingService(BookingRepository bookings, FleetRepository fleets, BookingAdmission admission, Outbox outbox,
                                 YardNotifier notifier, AuditTrail audit, Clock clock, QueueConfig config, BookingService driverBookings,
                                 PenaltyService penalties) {
        this.penalties = penalties;
        this.driverBookings = driverBookings;
        this.bookings = bookings;
        this.fleets = fleets;
        this.admission = admission;
        this.outbox = outbox;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.rateLimit = new RequestRateLimit(config.limits().carrierBookingRequestsPerMinute(), Duration.ofMinutes(1));
    }

    /**
     * Books for a fleet vehicle and driver of the dispatcher's carrier. As {@link BookingService#book}, the code is
     * drawn at random and the unique constraint alone keeps it unique: a code already held
     * ({@link BookingCodeTaken}) loses that transaction and the booking is made again in a new one with another code.
     */
    public Booking book(BookForCarrier command) {
        Instant now = Instant.now(clock);
        String carrier = command.carrier().value();
        rateLimit.attempt("carrier:" + carrier, now).ifPresent(wait -> {
            throw new TooManyBookingRequestsException(wait);
        });
        for (int draw = 1; ; draw++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> bookWith(BookingCode.next(), command, carrier, now));
            } catch (BookingCodeTaken e) {
                if (draw == BookingService.CODE_DRAWS) {
                    throw e;
                }
                LOG.infof("%s; drawing another code", e.getMessage());
            }
        }
    }

    private Booking bookWith(String code, BookForCarrier command, String carrier, Instant now) {
        FleetVehicle vehicle = Fleet.vehicleOf(carrier, command.plate(), fleets.vehicle(command.plate()));
        FleetDriver driver = Fleet.driverOf(carrier, command.driverAccount(), fleets.driver(command.driverAccount()));
        penalties.requireNotBlocked(driver.account(), carrier, vehicle.plate(), now);
        ArrivalWindow window = admission.admitForCarrier(carrier, vehicle.plate(), driver.driver(), command.direction(),
                command.plannedArrival(), now);
        Booking booking = Booking.book(code, driver.account(), vehicle.withTrailer(command.trailer()), driver.driver(),
                command.direction(), command.cargoCategory(), window, now);
        booking.bookedFor(carrier, command.dispatcher());
        bookings.add(booking);
        outbox.recordAll(booking.drainEvents());
        notifier.changed(booking.direction(), booking.code());
        bookings.flush();
        audit.record(command.dispatcher(), "BOOKED_FOR_CARRIER", booking.code(), null,
                Map.of("carrier", carrier, "driverAccount", driver.account(), "plate", vehicle.plate().value()));
        LOG.infof("Booked %s for carrier %s (%s)", booking.code(), carrier, booking.plate().value());
        return booking;
    }

    /**
     * A dispatcher of the carrier moves one of the carrier's bookings to the slot of {@code plannedArrival}: the
     * driver's amendment ({@link BookingService#amend}) with the dispatcher acting for the carrier, so the same
     * rules admit the new slot; another carrier's booking is not found. The history and the audit trail
     * ({@code BOOKING_AMENDED_FOR_CARRIER}) say which dispatcher acted for which carrier and driver.
     */
    @Transactional
    public Booking amend(OrganisationId carrier, String code, String dispatcher, Instant plannedArrival, String reason) {
        Booking booking = driverBookings.amend(code, Caller.dispatcherOf(carrier.value(), dispatcher), null, plannedArrival, reason);
        auditForCarrier("BOOKING_AMENDED_FOR_CARRIER", booking, dispatcher, reason);
        return booking;
    }

    /**
     * A dispatcher of the carrier cancels one of the carrier's bookings ({@link BookingService#cancel}, reason
     * {@code DRIVER}: the carrier's side, not the gate, gave it up); audited {@code BOOKING_CANCELLED_FOR_CARRIER}.
     */
    @Transactional
    public Booking cancel(OrganisationId carrier, String code, String dispatcher, String remarks) {
        Booking booking = driverBookings.cancel(code, Caller.dispatcherOf(carrier.value(), dispatcher), remarks);
        auditForCarrier("BOOKING_CANCELLED_FOR_CARRIER", booking, dispatcher, remarks);
        return booking;
    }

    private void auditForCarrier(String action, Booking booking, String dispatcher, String reason) {
        audit.record(dispatcher, action, booking.code(), reason,
                Map.of("carrier", booking.organisation(), "driverAccount", booking.ownerAccount()));
    }

    /** The carrier's bookings, latest slot first. */
    @Transactional
    public List<Booking> bookingsOf(OrganisationId carrier) {
        return fleets.bookingsOf(carrier.value(), LISTING_LIMIT);
    }
}
