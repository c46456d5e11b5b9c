package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.queue.config.QueueConfig;
import vn.laocai.gate.queue.domain.ArrivalWindow;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingAdmission;
import vn.laocai.gate.queue.domain.BookingRepository;
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

    public GateCalendarService(BookingRepository bookings, GateClosureRepository closures, SlotCalendarRepository calendarDays,
                               BookingAdmission admission, Outbox outbox, YardNotifier notifier, Clock clock, QueueConfig config,
                               AuditTrail audit) {
        this.audit = audit;
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

    /**
     * Closes the gate over a period: every booked (not yet arrived) booking it hits is moved to the
     * next free slot after it, or cancelled (also when no slot is free within a week); each driver
     * learns it from the booking's event, notice and live view.
     */
    @Transactional
    public GateClosure close(Set<Direction> directions, Instant from, Instant until, ClosureReason reason, String remarks,
                             ClosureAction action, String officer) {
        Instant now = Instant.now(clock);
        GateClosure closure = GateClosure.declare(directions, from, until, reason, remarks, action, officer, now);
        closures.add(closure);
        List<GateClosure> active = new ArrayList<>(closures.activeAfter(now));
        active.add(closure);
        int moved = 0;
        int cancelled = 0;
        for (Booking booking : bookings.bookedBetween(closure.directions(), from, until)) {
            Optional<ArrivalWindow> window = action == ClosureAction.MOVE
                    ? admission.windowForMove(booking, until, active, now) : Optional.empty();
            booking.hitByClosure(window.orElse(null), closure, now);
            if (window.isPresent()) {
                moved++;
            } else {
                cancelled++;
            }
            outbox.recordAll(booking.drainEvents());
            notifier.changed(booking.direction(), booking.code());
            bookings.flush();
        }
        closure.applied(moved, cancelled);
        outbox.recordAll(closure.drainEvents());
        audit.record(officer, "GATE_CLOSED", closure.id().toString(), reason.name() + (remarks == null ? "" : ": " + remarks),
                Map.of("directions", directions.stream().map(Direction::name).sorted().toList(), "from", from.toString(),
                        "until", until.toString(), "bookingAction", action.name(), "moved", moved, "cancelled", cancelled));
        LOG.infof("Gate closed for %s from %s to %s (%s): %d bookings moved, %d cancelled", directions, from, until, reason, moved, cancelled);
        return closure;
    }

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
