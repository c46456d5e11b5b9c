package vn.laocai.gate.queue.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.GateClosureRepository;
import vn.laocai.gate.queue.domain.Lanes;
import vn.laocai.gate.queue.domain.SlotCalendar;
import vn.laocai.gate.queue.domain.SlotCalendarRepository;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers whether a slot hour can take one more booking: calendar, closures and what is booked. Runs inside the caller's transaction. */
@ApplicationScoped
public class Capacity {

    /** How far ahead a moved booking looks for a free slot. */
    static final Duration SEARCH_HORIZON = Duration.ofDays(7);

    private final BookingRepository bookings;
    private final GateClosureRepository closures;
    private final SlotCalendarRepository calendarDays;
    private final QueueSettings settings;

    public Capacity(BookingRepository bookings, GateClosureRepository closures, SlotCalendarRepository calendarDays, QueueSettings settings) {
        this.bookings = bookings;
        this.closures = closures;
        this.calendarDays = calendarDays;
        this.settings = settings;
    }

    public Lanes lanes() {
        return new Lanes(settings.lanes().export(), settings.lanes().imports());
    }

    public SlotCalendar calendar(Instant from) {
        LocalDate day = from.atZone(settings.zone()).toLocalDate().minusDays(1);
        return new SlotCalendar(settings.zone(), lanes(), settings.lanes().vehiclesPerLanePerDay(), calendarDays.configuredFrom(day));
    }

    /**
     * Takes a place in the slot hour for a booking, or refuses: 422 when a closure covers it, 409
     * when it is full (naming the next free slot). Holds a lock on the slot until commit.
     */
    public void reserve(Direction direction, Instant slotStart, Instant now) {
        List<GateClosure> active = closures.activeAfter(now);
        Optional<GateClosure> closed = active.stream().filter(c -> c.covers(direction, slotStart)).findFirst();
        SlotCalendar calendar = calendar(slotStart.isBefore(now) ? slotStart : now);
        if (closed.isPresent()) {
            throw new RuleViolation("gate-closed", "plannedArrival", "plannedArrival: the gate is closed for " + direction
                    + " (" + closed.get().describe() + ")" + nextFree(direction, closed.get().closedUntil(), active, calendar, now));
        }
        bookings.lockSlot(direction, slotStart);
        int capacity = calendar.capacity(direction, slotStart);
        if (bookings.countInSlot(direction, slotStart) >= capacity) {
            throw RuleViolation.conflict("slot-full", "plannedArrival", "plannedArrival: the " + direction + " slot of " + slotStart
                    + " is full (" + capacity + " vehicles)" + nextFree(direction, slotStart.plus(Duration.ofHours(1)), active, calendar, now));
        }
    }

    private String nextFree(Direction direction, Instant from, List<GateClosure> active, SlotCalendar calendar, Instant now) {
        return findFree(direction, from, active, calendar, now).map(s -> "; the next free slot is " + s).orElse("");
    }

    /** The first slot hour from {@code from} on that is open and has room, within the search horizon. */
    public Optional<Instant> findFree(Direction direction, Instant from, List<GateClosure> active, SlotCalendar calendar, Instant now) {
        Instant slot = from.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        if (slot.isBefore(from)) {
            slot = slot.plus(Duration.ofHours(1));
        }
        Instant end = from.plus(SEARCH_HORIZON);
        for (; slot.isBefore(end); slot = slot.plus(Duration.ofHours(1))) {
            Instant candidate = slot;
            if (candidate.plus(Duration.ofHours(1)).isBefore(now) || active.stream().anyMatch(c -> c.covers(direction, candidate))) {
                continue;
            }
            if (bookings.countInSlot(direction, candidate) < calendar.capacity(direction, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
