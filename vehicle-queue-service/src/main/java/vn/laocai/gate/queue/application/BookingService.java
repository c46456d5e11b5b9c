package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingCode;
import vn.laocai.gate.queue.domain.BookingLimits;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.BookingToken;
import vn.laocai.gate.queue.domain.CancelReason;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.PriorityRule;
import vn.laocai.gate.queue.domain.RequestRateLimit;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.outbox.Outbox;
import vn.laocai.gate.support.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Use cases of bookings: each runs in one transaction with the events it causes. */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);

    /** Name under which this service records the events it has applied. */
    static final String CONSUMER = "vehicle-queue-service";

    private final BookingRepository bookings;
    private final Capacity capacity;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final YardNotifier notifier;
    private final Clock clock;
    private final QueueSettings settings;
    private final BookingLimits limits;
    private final RequestRateLimit rateLimit;
    private final BookingToken tokens;

    public BookingService(BookingRepository bookings, Capacity capacity, Outbox outbox, ProcessedEvents processed,
                          YardNotifier notifier, Clock clock, QueueSettings settings) {
        this.bookings = bookings;
        this.capacity = capacity;
        this.outbox = outbox;
        this.processed = processed;
        this.notifier = notifier;
        this.clock = clock;
        this.settings = settings;
        this.limits = new BookingLimits(settings.limits().openBookingsPerAccount(), settings.limits().openBookingsPerVehicle(),
                settings.limits().minimumGap());
        this.rateLimit = new RequestRateLimit(settings.limits().bookingRequestsPerMinute(), Duration.ofMinutes(1));
        this.tokens = new BookingToken(settings.qr().secret());
    }

    /** Books a crossing: rate limit, slot (open, not full), limits per account and vehicle, no overlap. */
    @Transactional
    public Booking book(BookCrossing command) {
        Instant now = Instant.now(clock);
        rateLimit.attempt(command.account(), now).ifPresent(wait -> {
            throw new ProblemException(429, "too-many-requests", "Too many requests",
                    "too many booking requests from this account; try again in " + Math.max(1, wait.toSeconds()) + " s", List.of());
        });
        Instant slot = Booking.slotOf(command.plannedArrival(), now);
        bookings.lock("account:" + command.account());
        limits.check(slot, bookings.countOpenForAccount(command.account()),
                bookings.openForVehicleOrDriver(command.vehicle().plate().value(), command.driver().documentNumber()),
                command.vehicle().plate().value(), command.driver().documentNumber());
        capacity.reserve(command.direction(), slot, now);
        String code = BookingCode.next();
        while (bookings.codeExists(code)) {
            code = BookingCode.next();
        }
        Booking booking = Booking.book(code, command.account(), command.vehicle(), command.driver(), command.direction(),
                command.cargoCategory(), command.plannedArrival(), now);
        bookings.add(booking);
        publish(booking);
        LOG.infof("Booked %s for %s (%s)", booking.code(), booking.plate(), booking.direction());
        return booking;
    }

    /** Amends the driver and/or the arrival window; the new window must be open, free and not overlap. */
    @Transactional
    public Booking amend(String code, Caller caller, Driver newDriver, Instant newPlannedArrival, String reason) {
        Booking booking = visible(code, caller);
        Instant now = Instant.now(clock);
        Instant slot = newPlannedArrival == null ? null : Booking.slotOf(newPlannedArrival, now);
        if (slot != null && !slot.equals(booking.arrivalWindowStart())) {
            List<Booking> others = bookings.openForVehicleOrDriver(booking.plate(),
                    newDriver == null ? booking.driver().documentNumber() : newDriver.documentNumber()).stream()
                    .filter(b -> !b.code().equals(code)).toList();
            new BookingLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, limits.minimumGap())
                    .check(slot, 0, others, booking.plate(), booking.driver().documentNumber());
            capacity.reserve(booking.direction(), slot, now);
        }
        booking.amend(newDriver, slot, reason, caller.account(), now);
        publish(booking);
        return booking;
    }

    @Transactional
    public Booking cancel(String code, Caller caller, String remarks) {
        Booking booking = visible(code, caller);
        booking.cancel(caller.officer() ? CancelReason.OFFICER : CancelReason.DRIVER, remarks, Instant.now(clock));
        publish(booking);
        return booking;
    }

    @Transactional
    public Optional<Booking> find(String code) {
        return bookings.findByCode(code);
    }

    /** The booking if the caller may see it (an officer, or the account that booked it); 404 otherwise. */
    @Transactional
    public Booking visible(String code, Caller caller) {
        return bookings.findByCode(code)
                .filter(b -> caller.officer() || b.isOwnedBy(caller.account()))
                .orElseThrow(() -> ProblemException.notFound("Booking", code));
    }

    @Transactional
    public List<Booking> ownedBy(String account) {
        return bookings.ownedBy(account);
    }

    /** The signed token the booking's QR code carries; it expires when a no-show would be cancelled. */
    public String qrToken(Booking booking) {
        return tokens.sign(booking.code(), booking.arrivalWindowEnd().plus(settings.arrival().cancelAfter()));
    }

    // --- clearance events: each applied once, to every booking it names --------------------------

    @Transactional
    public void declarationSubmitted(String eventId, DeclarationSubmitted event) {
        boolean perishable = PriorityRule.perishable(event.goodsLines());
        apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.declarationSubmitted(event.declarationId(), perishable, now()));
    }

    @Transactional
    public void consignmentReady(String eventId, ConsignmentReadyForGate event) {
        apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentReady(event.declarationId(), event.perishable(), now()));
    }

    @Transactional
    public void consignmentHeld(String eventId, ConsignmentHeld event) {
        apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentHeld(event.declarationId(), event.step(), event.reason(), now()));
    }

    /** The vehicles carrying the cleared consignment are released (at once if in the gate, else at gate-in). */
    @Transactional
    public void consignmentCleared(String eventId, ConsignmentCleared event) {
        apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentCleared(event.declarationId(), now()));
    }

    @Transactional
    public void consignmentRejected(String eventId, ConsignmentRejected event) {
        apply(eventId, event.declarationId(), event.bookingCodes(), b -> b.consignmentRejected(event.declarationId(), event.step(), event.reason(), now()));
    }

    private void apply(String eventId, String declarationId, List<String> codes, Consumer<Booking> change) {
        if (!processed.markProcessed(eventId, CONSUMER)) {
            return;
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
