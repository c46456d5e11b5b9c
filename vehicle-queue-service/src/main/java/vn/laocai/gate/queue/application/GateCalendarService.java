package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.ArrivalWindow;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingAdmission;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.BookingStatus;
import vn.laocai.gate.queue.domain.YardQueue;
import vn.laocai.gate.queue.domain.ClosureAction;
import vn.laocai.gate.queue.domain.ClosureReason;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.GateClosureRepository;
import vn.laocai.gate.queue.domain.SlotCalendar;
import vn.laocai.gate.queue.domain.SlotCalendarRepository;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases of the gate's calendar: slot capacities per day and hour, closures and their lifting. */
@ApplicationScoped
public class GateCalendarService {

    private static final Logger LOG = Logger.getLogger(GateCalendarService.class);

    /** One hour of a day: its capacity and how many bookings hold it. */
    public record SlotUse(Instant slotStart, int hour, int capacity, long booked, boolean closed) {
    }

    private final BookingRepository bookings;
    private final GateClosureRepository closures;
    private final SlotCalendarRepository calendarDays;
    private final BookingAdmission admission;
    private final Outbox outbox;
    private final YardNotifier notifier;
    private final Clock clock;
    private final QueueConfig config;
    private final AuditTrail audit;
    private final YardService yard;
    private final TransactionManager transactions;

    public GateCalendarService(BookingRepository bookings, GateClosureRepository closures, SlotCalendarRepository calendarDays,
                               BookingAdmission admission, Outbox outbox, YardNotifier notifier, Clock clock, QueueConfig config,
                               AuditTrail audit, YardService yard, TransactionManager transactions) {
        this.transactions = transactions;
        this.audit = audit;
        this.yard = yard;
        this.bookings = bookings;
        this.closures = closures;
        this.calendarDays = calendarDays;
        this.admission = admission;
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.config = config;
    }

    /** The 24 slot hours of a local day for a direction. */
    @Transactional
    public List<SlotUse> day(LocalDate day, Direction direction) {
        Instant start = day.atStartOfDay(config.zone()).toInstant();
        SlotCalendar calendar = admission.calendar(start);
        return hours(day, direction, calendar, closures.activeAfter(start));
    }

    /** The slot hours of a local day, its counts read in one query. */
    private List<SlotUse> hours(LocalDate day, Direction direction, SlotCalendar calendar, List<GateClosure> active) {
        Instant start = day.atStartOfDay(config.zone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(config.zone()).toInstant();
        Map<Instant, Long> booked = bookings.countsInSlots(direction, start, end);
        List<Integer> hourly = calendar.day(day, direction);
        List<SlotUse> uses = new ArrayList<>(24);
        for (int hour = 0; hour < hourly.size(); hour++) {
            Instant slot = start.plusSeconds(3600L * hour);
            boolean closed = active.stream().anyMatch(c -> c.covers(direction, slot));
            uses.add(new SlotUse(slot, hour, hourly.get(hour), booked.getOrDefault(slot, 0L), closed));
        }
        return uses;
    }

    /** The slot hours still open to booking of one local day: the hours not over yet. */
    public record ComingDay(LocalDate day, List<SlotUse> hours) {
    }

    /** The most coming days one read of the free slots covers. */
    public static final int MAX_COMING_DAYS = 14;

    /**
     * What is left to book of a direction from today (local) for {@code days} days: each day's hours not over yet,
     * with capacity, booked and closed; refused outside 1 to {@value #MAX_COMING_DAYS} days (invalid value naming
     * {@code days}).
     */
    @Transactional
    public List<ComingDay> comingDays(Direction direction, int days) {
        if (days < 1 || days > MAX_COMING_DAYS) {
            throw new InvalidValueException("days", "must be between 1 and " + MAX_COMING_DAYS)
                    .saying("coming-days", "max", MAX_COMING_DAYS);
        }
        Instant now = Instant.now(clock);
        SlotCalendar calendar = admission.calendar(now);
        List<GateClosure> active = closures.activeAfter(now);
        LocalDate today = now.atZone(config.zone()).toLocalDate();
        List<ComingDay> coming = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            LocalDate day = today.plusDays(i);
            coming.add(new ComingDay(day, hours(day, direction, calendar, active).stream()
                    .filter(h -> !h.slotStart().plus(ArrivalWindow.LENGTH).isBefore(now)).toList()));
        }
        return coming;
    }

    /** Configures a day hour by hour; bookings already made stay (a lowered hour may run over until they pass). */
    @Transactional
    public List<SlotUse> configureDay(LocalDate day, Direction direction, List<Integer> hourly, String officer) {
        Instant now = Instant.now(clock);
        SlotCalendar calendar = admission.calendar(now);
        calendar.configure(day, direction, hourly, officer, now);
        calendarDays.save(day, direction, hourly, officer);
        outbox.recordAll(calendar.drainEvents());
        audit.record(officer, "SLOT_CALENDAR_CHANGED", "slots:" + day + ":" + direction, null, Map.of("hourlyCapacity", hourly));
        return day(day, direction);
    }

    /** A booking a closure hits: its slot, and the slot it moves to (null: cancelled). */
    public record BookingHit(String code, String plate, boolean perishable, Instant slot, Instant movedTo) {
    }

    /** A vehicle in the yard or the gate area of a closed direction: it keeps its place and waits for the reopening. */
    public record YardHit(String code, String plate, Direction direction, String status, Integer position) {
    }

    /** What a closure does, or would do: the bookings it moves or cancels, and the vehicles in the yard it holds. */
    public record ClosureOutcome(GateClosure closure, List<BookingHit> bookings, List<YardHit> yard) {
        public long moved() {
            return bookings.stream().filter(b -> b.movedTo() != null).count();
        }

        public long cancelled() {
            return bookings.size() - moved();
        }
    }

    /**
     * Closes the gate over a period: every booked (not yet arrived) booking it hits is moved to the next free slot
     * after it, perishables first and then by original slot, each keeping the gap to its vehicle's and driver's other
     * bookings, or cancelled (also when no slot is free within a week); each driver learns it from the booking's event,
     * notice and live view. Vehicles already in the yard keep their order and are not called forward until it ends.
     */
    @Transactional
    public ClosureOutcome close(Set<Direction> directions, Instant from, Instant until, ClosureReason reason, String remarks,
                                ClosureAction action, String officer) {
        ClosureOutcome outcome = apply(directions, from, until, reason, remarks, action, officer);
        GateClosure closure = outcome.closure();
        audit.record(officer, "GATE_CLOSED", closure.id().toString(), reason.name() + (remarks == null ? "" : ": " + remarks),
                Map.of("directions", directions.stream().map(Direction::name).sorted().toList(), "from", from.toString(),
                        "until", until.toString(), "bookingAction", action.name(), "moved", outcome.moved(),
                        "cancelled", outcome.cancelled(), "yardVehicles", outcome.yard().size()));
        LOG.infof("Gate closed for %s from %s to %s (%s): %d bookings moved, %d cancelled, %d vehicles held in the yard",
                directions, from, until, reason, outcome.moved(), outcome.cancelled(), outcome.yard().size());
        return outcome;
    }

    /**
     * What {@link #close} would do now, without doing it: the same work in a transaction that is rolled back, so the
     * preview follows the very rules and the very slot counts of the confirmation (nothing is published, told or
     * audited: the outbox and the audit are rolled back with it, and the live views hear only of commits). A booking
     * made or cancelled between the preview and the confirmation can change the answer; the confirmation's is the one
     * that counts.
     */
    public ClosureOutcome preview(Set<Direction> directions, Instant from, Instant until, ClosureReason reason, String remarks,
                                  ClosureAction action, String officer) {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("no transaction for the preview of a closure", e);
        }
        try {
            return apply(directions, from, until, reason, remarks, action, officer);
        } finally {
            try {
                transactions.rollback();
            } catch (SystemException e) {
                LOG.warn("The preview of a closure could not be rolled back", e);
            }
        }
    }

    private ClosureOutcome apply(Set<Direction> directions, Instant from, Instant until, ClosureReason reason, String remarks,
                                 ClosureAction action, String officer) {
        Instant now = Instant.now(clock);
        GateClosure closure = GateClosure.declare(directions, from, until, reason, remarks, action, officer, now);
        closures.add(closure);
        List<GateClosure> active = new ArrayList<>(closures.activeAfter(now));
        active.add(closure);
        List<Booking> hit = new ArrayList<>(bookings.bookedBetween(closure.directions(), from, until));
        hit.sort(FIRST_TO_MOVE);
        List<BookingHit> outcomes = new ArrayList<>(hit.size());
        for (Booking booking : hit) {
            Instant slot = booking.window().start();
            Optional<ArrivalWindow> window = action == ClosureAction.MOVE
                    ? admission.windowForMove(booking, until, active, now) : Optional.empty();
            booking.hitByClosure(window.orElse(null), closure, now);
            outcomes.add(new BookingHit(booking.code(), booking.plate().display(), booking.perishable(), slot,
                    window.map(ArrivalWindow::start).orElse(null)));
            outbox.recordAll(booking.drainEvents());
            notifier.changed(booking.direction(), booking.code());
            bookings.flush();
        }
        List<YardHit> yard = new ArrayList<>();
        for (Direction direction : closure.directions()) {
            yardOf(direction, from, now, yard);
        }
        closure.applied((int) outcomes.stream().filter(b -> b.movedTo() != null).count(),
                (int) outcomes.stream().filter(b -> b.movedTo() == null).count());
        outbox.recordAll(closure.drainEvents());
        return new ClosureOutcome(closure, outcomes, yard);
    }

    /**
     * The vehicles of a direction the closure holds: those waiting in the yard whose turn would come after it begins
     * (the ETAs of the queue), in their order, and, when it begins now, those in the gate area not yet let in.
     */
    private void yardOf(Direction direction, Instant from, Instant now, List<YardHit> into) {
        YardQueue queue = yard.queue(direction);
        for (YardQueue.Entry entry : queue.entries()) {
            if (!entry.eta().isBefore(from)) {
                Booking b = entry.booking();
                into.add(new YardHit(b.code(), b.plate().display(), direction, b.status().name(), entry.position()));
            }
        }
        if (!from.isAfter(now)) {
            for (Booking b : queue.inGateArea()) {
                if (b.status() == BookingStatus.CALLED_FORWARD) {
                    into.add(new YardHit(b.code(), b.plate().display(), direction, b.status().name(), null));
                }
            }
        }
    }

    /** Perishables first, then by original slot and booking time. */
    private static final Comparator<Booking> FIRST_TO_MOVE = Comparator.comparing((Booking b) -> !b.perishable())
            .thenComparing(b -> b.window().start()).thenComparing(Booking::bookedAt);

    @Transactional
    public GateClosure reopen(UUID id, String officer) {
        GateClosure closure = closure(id);
        closure.reopen(officer, Instant.now(clock));
        outbox.recordAll(closure.drainEvents());
        audit.record(officer, "GATE_REOPENED", closure.id().toString(), null, Map.of());
        return closure;
    }

    @Transactional
    public List<GateClosure> activeClosures() {
        return closures.activeAfter(Instant.now(clock));
    }

    @Transactional
    public GateClosure closure(UUID id) {
        return closures.find(id).orElseThrow(() -> new NotFoundException("Gate closure", id.toString()));
    }
}
