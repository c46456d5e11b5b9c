package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides whether a booking may exist, and where: its slot hour (not over), the
 * gate (no closure covers the slot), the slot's capacity (the calendar, less what is booked), the
 * open bookings of the account and of the vehicle, and the gap between two bookings of one vehicle
 * or one driver. It asks the repositories and takes their locks, always in the same order (the
 * account, then the slot hour), inside the caller's transaction: two requests for the last place of
 * a slot wait for each other, and only one gets it.
 */
public final class BookingAdmission {

    /** How far ahead a moved booking looks for a free slot. */
    static final Duration SEARCH_HORIZON = Duration.ofDays(7);

    private final BookingRepository bookings;
    private final GateClosureRepository closures;
    private final SlotCalendarRepository calendarDays;
    private final ZoneId zone;
    private final Lanes lanes;
    private final int vehiclesPerLanePerDay;
    private final BookingLimits limits;

    public BookingAdmission(BookingRepository bookings, GateClosureRepository closures, SlotCalendarRepository calendarDays,
                            ZoneId zone, Lanes lanes, int vehiclesPerLanePerDay, BookingLimits limits) {
        this.bookings = bookings;
        this.closures = closures;
        this.calendarDays = calendarDays;
        this.zone = zone;
        this.lanes = lanes;
        this.vehiclesPerLanePerDay = vehiclesPerLanePerDay;
        this.limits = limits;
    }

    /** The window of a planned arrival: the slot hour that contains it; refused once that hour is over. */
    public static ArrivalWindow windowFor(Instant plannedArrival, Instant now) {
        Instant start = plannedArrival.truncatedTo(ChronoUnit.HOURS);
        if (start.plus(ArrivalWindow.LENGTH).isBefore(now)) {
            throw new RuleViolation("arrival-in-past", "plannedArrival", "plannedArrival " + plannedArrival + " is in the past");
        }
        return ArrivalWindow.startingAt(start);
    }

    /**
     * Admits a new booking of {@code account} for a vehicle and driver, or refuses it: the slot is over
     * (422), the account or the vehicle holds too many open bookings or the vehicle or the driver one
     * too close (409), a closure covers the slot (422), the slot is full (409, naming the next free one).
     * Holds the account's lock and the slot's lock until commit.
     *
     * @return the window the booking holds
     */
    public ArrivalWindow admit(String account, Plate plate, Driver driver, Direction direction, Instant plannedArrival, Instant now) {
        ArrivalWindow window = windowFor(plannedArrival, now);
        bookings.lock("account:" + account);
        long openForAccount = bookings.countOpenForAccount(account);
        List<Booking> openForVehicleOrDriver = bookings.openForVehicleOrDriver(plate, driver.documentNumber());
        checkLimits(window.start(), openForAccount, openForVehicleOrDriver, plate, driver.documentNumber());
        reserve(direction, window.start(), now);
        return window;
    }

    /**
     * Admits an amendment's new planned arrival: a window other than the booking's must keep the gap
     * to the other bookings of the vehicle and the (new) driver, be open and have room. Empty when no
     * new arrival is given.
     */
    public Optional<ArrivalWindow> admitAmendment(Booking booking, Driver newDriver, Instant newPlannedArrival, Instant now) {
        if (newPlannedArrival == null) {
            return Optional.empty();
        }
        ArrivalWindow window = windowFor(newPlannedArrival, now);
        if (!window.equals(booking.window())) {
            String document = newDriver == null ? booking.driver().documentNumber() : newDriver.documentNumber();
            List<Booking> others = bookings.openForVehicleOrDriver(booking.plate(), document).stream()
                    .filter(b -> !b.code().equals(booking.code())).toList();
            requireGap(window.start(), others, booking.plate(), booking.driver().documentNumber());
            reserve(booking.direction(), window.start(), now);
        }
        return Optional.of(window);
    }

    /**
     * The window a booking hit by a closure moves to: the first slot from {@code from} on that is open
     * and has room, within a week, locked until commit; empty when there is none.
     */
    public Optional<ArrivalWindow> windowForMove(Booking booking, Instant from, List<GateClosure> active, Instant now) {
        Optional<Instant> slot = findFree(booking.direction(), from, active, calendar(now), now);
        slot.ifPresent(s -> bookings.lockSlot(booking.direction(), s));
        return slot.map(ArrivalWindow::startingAt);
    }

    /** The slot calendar from the day before {@code from} on (a local day starts the evening before in UTC). */
    public SlotCalendar calendar(Instant from) {
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        return new SlotCalendar(zone, lanes, vehiclesPerLanePerDay, calendarDays.configuredFrom(day));
    }

    /** Checks a new booking against the open bookings of the same account and of the same vehicle or driver. */
    void checkLimits(Instant windowStart, long openForAccount, List<Booking> openForVehicleOrDriver, Plate plate, String documentNumber) {
        if (openForAccount >= limits.openPerAccount()) {
            throw RuleViolation.conflict("too-many-open-bookings", null,
                    "this account already holds " + openForAccount + " open bookings, the most allowed; cancel one first");
        }
        long forVehicle = openForVehicleOrDriver.stream().filter(b -> b.plate().equals(plate)).count();
        if (forVehicle >= limits.openPerVehicle()) {
            throw RuleViolation.conflict("too-many-open-bookings-for-vehicle", "plate",
                    "vehicle " + plate.display() + " already has " + forVehicle + " open bookings, the most allowed");
        }
        requireGap(windowStart, openForVehicleOrDriver, plate, documentNumber);
    }

    private void requireGap(Instant windowStart, List<Booking> openForVehicleOrDriver, Plate plate, String documentNumber) {
        for (Booking other : openForVehicleOrDriver) {
            Instant otherStart = other.window().start();
            if (Duration.between(otherStart, windowStart).abs().compareTo(limits.minimumGap()) < 0) {
                String who = other.plate().equals(plate) ? "vehicle " + plate.display() : "driver " + documentNumber;
                throw RuleViolation.conflict("overlapping-booking", "plannedArrival",
                        "plannedArrival: " + who + " already holds booking " + other.code() + " for the slot of "
                                + otherStart + "; two bookings must be at least " + limits.minimumGap().toHours() + " h apart");
            }
        }
    }

    /**
     * Takes a place in the slot hour, or refuses: 422 when a closure covers it, 409 when it is full
     * (naming the next free slot). Holds a lock on the slot until commit.
     */
    private void reserve(Direction direction, Instant slotStart, Instant now) {
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
                    + " is full (" + capacity + " vehicles)" + nextFree(direction, slotStart.plus(ArrivalWindow.LENGTH), active, calendar, now));
        }
    }

    private String nextFree(Direction direction, Instant from, List<GateClosure> active, SlotCalendar calendar, Instant now) {
        return findFree(direction, from, active, calendar, now).map(s -> "; the next free slot is " + s).orElse("");
    }

    /** The first slot hour from {@code from} on that is open and has room, within the search horizon. */
    private Optional<Instant> findFree(Direction direction, Instant from, List<GateClosure> active, SlotCalendar calendar, Instant now) {
        Instant slot = from.truncatedTo(ChronoUnit.HOURS);
        if (slot.isBefore(from)) {
            slot = slot.plus(ArrivalWindow.LENGTH);
        }
        Instant end = from.plus(SEARCH_HORIZON);
        for (; slot.isBefore(end); slot = slot.plus(ArrivalWindow.LENGTH)) {
            Instant candidate = slot;
            if (candidate.plus(ArrivalWindow.LENGTH).isBefore(now) || active.stream().anyMatch(c -> c.covers(direction, candidate))) {
                continue;
            }
            if (bookings.countInSlot(direction, candidate) < calendar.capacity(direction, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
