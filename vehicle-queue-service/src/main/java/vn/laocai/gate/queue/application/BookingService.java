package vn.laocai.gate.queue.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.GoodsLine;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.ArrivalWindow;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingAdmission;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.BookingCode;
import vn.laocai.gate.queue.domain.BookingCodeTaken;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.LinkConsentRepository;
import vn.laocai.gate.queue.domain.CancelReason;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.VehicleClaim;
import vn.laocai.gate.queue.domain.PriorityRule;
import vn.laocai.gate.queue.security.QrTokens;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Use cases of bookings: each runs in one transaction with the events it causes. */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);

    /** Name under which this service records the events it has applied. */
    static final String CONSUMER = "vehicle-queue-service";

    /** How many codes a booking draws before it gives up (a clash is one in about 887 million per booking kept). */
    static final int CODE_DRAWS = 3;

    private final BookingRepository bookings;
    private final BookingAdmission admission;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final YardNotifier notifier;
    private final Clock clock;
    private final QueueConfig config;
    private final RequestRateLimit rateLimit;
    private final QrTokens tokens;
    private final AuditTrail audit;
    private final LinkConsentRepository consents;
    private final PenaltyService penalties;
    private final DwellWatch dwell;

    public BookingService(BookingRepository bookings, BookingAdmission admission, QrTokens tokens, Outbox outbox,
                          ProcessedEvents processed, YardNotifier notifier, Clock clock, QueueConfig config, AuditTrail audit,
                          LinkConsentRepository consents, PenaltyService penalties, DwellWatch dwell) {
        this.penalties = penalties;
        this.dwell = dwell;
        this.audit = audit;
        this.consents = consents;
        this.bookings = bookings;
        this.admission = admission;
        this.tokens = tokens;
        this.outbox = outbox;
        this.processed = processed;
        this.notifier = notifier;
        this.clock = clock;
        this.config = config;
        this.rateLimit = new RequestRateLimit(config.limits().bookingRequestsPerMinute(), Duration.ofMinutes(1));
    }

    /**
     * Books a crossing: first the account's request rate (an in-memory guard against bots), then
     * {@link BookingAdmission} decides (slot, limits per account and vehicle, the vehicle bound to one
     * account, no overlap, closures, capacity) under the account's, plate's, driver's and slot's locks.
     * The code is drawn at random and the database's unique constraint alone keeps it unique: a code
     * already held ({@link BookingCodeTaken}) loses that transaction, and the booking is made again in a
     * new one with another code, at most {@value #CODE_DRAWS} times. So it runs in transactions of its own.
     */
    public Booking book(BookCrossing command) {
        Instant now = Instant.now(clock);
        rateLimit.attempt(command.account(), now).ifPresent(wait -> {
            throw new TooManyBookingRequestsException(wait);
        });
        for (int draw = 1; ; draw++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> bookWith(BookingCode.next(), command, now));
            } catch (BookingCodeTaken e) {
                if (draw == CODE_DRAWS) {
                    throw e;
                }
                LOG.infof("%s; drawing another code", e.getMessage());
            }
        }
    }

    private Booking bookWith(String code, BookCrossing command, Instant now) {
        String gate = servedGate(command.gate());
        penalties.requireNotBlocked(command.account(), null, command.vehicle().plate(), now);
        ArrivalWindow window = admission.admit(command.account(), command.vehicle().plate(), command.driver(), command.direction(),
                gate, command.plannedArrival(), now);
        Booking booking = Booking.book(code, command.account(), command.vehicle(), command.driver(), command.direction(),
                command.cargoCategory(), gate, window, now);
        bookings.add(booking);
        publish(booking);
        LOG.infof("Booked %s for %s (%s)", booking.code(), booking.plate().value(), booking.direction());
        return booking;
    }

    /** The gate a booking asks for, or the default one; refused (422 {@code gate-not-served}) when this instance does not serve it. */
    private String servedGate(String asked) {
        String gate = asked == null || asked.isBlank() ? config.gates().defaultGate() : asked.strip();
        if (!config.gates().served().contains(gate)) {
            throw new RuleViolation("gate-not-served", "gate", "gate " + gate + " is not served here; served: "
                    + String.join(", ", config.gates().served())).with("gate", gate).with("served", String.join(", ", config.gates().served()));
        }
        return gate;
    }

    /** Amends the driver and/or the arrival window; {@link BookingAdmission} admits the new window (open, free, no overlap). */
    @Transactional
    public Booking amend(String code, Caller caller, Driver newDriver, Instant newPlannedArrival, String reason) {
        return amend(code, caller, newDriver, newPlannedArrival, null, reason);
    }

    /** Amends as {@link #amend(String, Caller, Driver, Instant, String)} does, and what the booking carries when {@code newCargo} is given. */
    @Transactional
    public Booking amend(String code, Caller caller, Driver newDriver, Instant newPlannedArrival, CargoCategory newCargo, String reason) {
        Booking booking = visible(code, caller);
        Instant now = Instant.now(clock);
        ArrivalWindow window = admission.admitAmendment(booking, newDriver, newPlannedArrival, now).orElse(null);
        booking.amend(newDriver, window, newCargo, reason, caller.account(), caller.carrier(), now);
        publish(booking);
        return booking;
    }

    @Transactional
    public Booking cancel(String code, Caller caller, String remarks) {
        Booking booking = visible(code, caller);
        Instant now = Instant.now(clock);
        booking.cancel(caller.officer() ? CancelReason.OFFICER : CancelReason.DRIVER, remarks, caller.account(), now);
        if (!caller.officer()) {
            // the booking's side gave it up: late, it counts against its account (or carrier) and vehicle
            penalties.cancelled(booking, now);
        }
        publish(booking);
        return booking;
    }

    /**
     * A gate officer settles who may book a vehicle: the open bookings of the plate, all still booked
     * (409 {@code vehicle-in-yard} when one checked in or went further), are cancelled
     * ({@code PLATE_RELEASED}, the reason told to their driver), under the plate's lock; the plate is
     * then free for any account.
     *
     * @return the bookings cancelled, nearest slot first (none when the plate was not bound)
     */
    @Transactional
    public List<Booking> releasePlate(Plate plate, String reason, String officer) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "give the reason for releasing the vehicle; it is kept for the record").saying("reason-needed");
        }
        bookings.lock(plate.lockKey());
        List<Booking> open = bookings.openForPlate(plate);
        open.forEach(bookings::lockForChange);
        List<Booking> released = VehicleClaim.toRelease(plate, open);
        Instant now = now();
        for (Booking booking : released) {
            booking.cancel(CancelReason.PLATE_RELEASED, reason, officer, now);
            publish(booking);
        }
        audit.record(officer, "PLATE_RELEASED", plate.value(), reason, Map.of("cancelledBookings", released.stream().map(Booking::code).toList()));
        LOG.infof("Plate %s released by %s: %d bookings cancelled", plate.value(), officer, released.size());
        return released;
    }

    @Transactional
    public Optional<Booking> find(String code) {
        return bookings.findByCode(code);
    }

    /**
     * The booking if the caller may see it (an officer, the account that booked it or the driver it was booked for,
     * a dispatcher of the carrier that booked it); not found otherwise.
     */
    @Transactional
    public Booking visible(String code, Caller caller) {
        return bookings.findByCode(code)
                .filter(b -> caller.officer() || b.isOwnedBy(caller.account()) || caller.actsFor(b.organisation()))
                .orElseThrow(() -> new NotFoundException("Booking", code));
    }

    @Transactional
    public List<Booking> ownedBy(String account) {
        return bookings.ownedBy(account);
    }

    /**
     * The signed token the booking's QR code carries: its code, plate and slot, signed ES256; it expires when a no-show
     * would be cancelled. An amended window makes a new one.
     */
    public String qrToken(Booking booking) {
        return tokens.issue(booking.code(), booking.plate().value(), booking.window().start(),
                booking.window().cancelAt(config.arrival().cancelAfter()));
    }

    /** The public keys of the QRs as a JWK set, for the yard's devices. */
    public String qrKeys() {
        return tokens.jwkSetJson();
    }

    // --- clearance events: each applied once, to every booking it names; false when applied before ----

    /** Clearance's perishable decision counts; an older event without it (null) counts as not perishable. */
    @Transactional
    public boolean declarationSubmitted(String eventId, DeclarationSubmitted event) {
        boolean perishable = PriorityRule.perishable(event.perishable());
        // the class of the goods whose dwell budget the vehicle keeps, by their HS codes
        String dwellClass = dwell.classOf(event.goodsLines() == null ? List.of()
                : event.goodsLines().stream().map(GoodsLine::hsCode).toList(), perishable);
        return apply(eventId, event.declarationId(), event.bookingCodes(), b -> {
            String consentId = consentOf(event, b.code());
            b.declarationSubmitted(event.declarationId(), consentId, stands(b.code(), consentId), perishable, dwellClass, now());
        });
    }

    /** The consent a declaration names for one of its bookings (same index); null in events written before consents. */
    private static String consentOf(DeclarationSubmitted event, String bookingCode) {
        int i = event.bookingCodes().indexOf(bookingCode);
        List<String> ids = event.consentIds();
        return ids == null || i < 0 || i >= ids.size() ? null : ids.get(i);
    }

    /**
     * Whether the consent a link was made under still stands: clearance may have accepted the link in
     * the moment before it learned of a withdrawal; such a consignment does not ride on the vehicle.
     */
    private boolean stands(String bookingCode, String consentId) {
        return consentId == null || consents.current(bookingCode).map(c -> c.id().toString().equalsIgnoreCase(consentId)).orElse(false);
    }

    @Transactional
    public boolean consignmentReady(String eventId, ConsignmentReadyForGate event) {
        return apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentReady(event.declarationId(), event.perishable(), now()));
    }

    @Transactional
    public boolean consignmentHeld(String eventId, ConsignmentHeld event) {
        return apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentHeld(event.declarationId(), event.step(), event.reason(), now()));
    }

    /** The vehicles carrying the cleared consignment are released (at once if in the gate, else at gate-in). */
    @Transactional
    public boolean consignmentCleared(String eventId, ConsignmentCleared event) {
        return apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentCleared(event.declarationId(), now()));
    }

    @Transactional
    public boolean consignmentRejected(String eventId, ConsignmentRejected event) {
        return apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentRejected(event.declarationId(), event.step(), event.reason(), now()));
    }

    private boolean apply(String eventId, String declarationId, List<String> codes, Consumer<Booking> change) {
        if (!processed.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        List<Booking> known = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : new TreeSet<>(codes)) {
            bookings.findByCode(code).ifPresentOrElse(known::add,
                    () -> LOG.warnf("Declaration %s names unknown booking %s", declarationId, code));
        }
        // the yard locks first, in one order, then the rows: the same order as the officers' actions
        known.stream().map(Booking::direction).distinct().sorted().forEach(d -> bookings.lock("yard:" + d));
        for (Booking booking : known) {
            bookings.lockForChange(booking);
            change.accept(booking);
            publish(booking);
        }
        return true;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private void publish(Booking booking) {
        outbox.recordAll(booking.drainEvents());
        notifier.changed(booking.direction(), booking.code());
        bookings.flush();
    }
}
