package vn.laocai.gate.queue.domain;

import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The one place that decides whether a booking may exist, and where: its slot hour (not over), the
 * gate (no closure covers the slot), the slot's capacity (the calendar, less what is booked), the
 * open bookings of the account and of the vehicle, who the vehicle is bound to ({@link VehicleClaim}),
 * and the gap between two bookings of one vehicle or one driver.
 * <p>
 * The limits span accounts, so they are read only under PostgreSQL advisory transaction locks that
 * span accounts and instances, taken before any open booking is read and always in one global order:
 * the account ({@code account:<name>}), then the vehicle ({@code plate:<normalised plate>}), then the
 * driver ({@code document:<nationality>:<number>}, two of them sorted), then the slot hour. Two
 * requests for the same plate, the same driver or the last place of a slot wait for each other, and
 * the second one sees the first one's booking. There is no database constraint behind the limits:
 * the locks are enough because every writer of a booking's vehicle, driver or window takes them, and
 * the only writers are {@link #admit} and {@link #admitAmendment} (a booking moved by a gate closure is
 * an officer's decision and keeps its vehicle and driver). All inside the caller's transaction.
 */
public final class BookingAdmission {

    /** How far ahead a moved booking looks for a free slot. */
    static final Duration SEARCH_HORIZON = Duration.ofDays(7);

    /** How many free slots a refusal offers on each side of the slot asked for. */
    public static final int ALTERNATIVES = 3;

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
            throw new RuleViolation("arrival-in-past", "plannedArrival", "plannedArrival " + plannedArrival + " is in the past")
                    .with("arrival", plannedArrival);
        }
        return ArrivalWindow.startingAt(start);
    }

    /**
     * Admits a new booking of {@code account} for a vehicle and driver, or refuses it: the slot is over
     * (422), the account or the vehicle holds too many open bookings, the vehicle is bound to another
     * account, or the vehicle or the driver holds one too close (409), a closure covers the slot (422),
     * the slot is full (409, naming the next free one). Holds the account's, the plate's, the driver's
     * and the slot's locks until commit.
     *
     * @return the window the booking holds
     */
    public ArrivalWindow admit(String account, Plate plate, Driver driver, Direction direction, Instant plannedArrival, Instant now) {
        return admit(account, plate, driver, direction, Booking.DEFAULT_GATE, plannedArrival, now);
    }

    /**
     * Admits a new booking at the border gate {@code gate} as {@link #admit(String, Plate, Driver, Direction, Instant, Instant)}
     * does, refusing it first when the vehicle holds an active booking at another gate of the province (409
     * {@code plate-booked-at-another-gate}, naming {@code plate}).
     */
    public ArrivalWindow admit(String account, Plate plate, Driver driver, Direction direction, String gate, Instant plannedArrival,
                               Instant now) {
        ArrivalWindow window = windowFor(plannedArrival, now);
        bookings.lock(List.of("account:" + account, plate.lockKey(), driver.lockKey(),
                BookingRepository.slotLockKey(direction, window.start())));
        long openForAccount = bookings.countOpenForAccount(account);
        List<Booking> openForVehicleOrDriver = bookings.openForVehicleOrDriver(plate, driver);
        requireOneGate(gate, ofPlate(openForVehicleOrDriver, plate), plate);
        checkLimits(account, window.start(), openForAccount, openForVehicleOrDriver, plate);
        reserve(direction, window.start(), now);
        return window;
    }

    /**
     * Admits a carrier's booking of one of its fleet vehicles and drivers, as {@link #admit} does but with the
     * carrier as the vehicle's holder and no limit of open bookings per account: the carrier can only book
     * its own fleet, so the limits per vehicle and the gap per vehicle and driver bound it. Takes the
     * carrier's lock ({@code carrier:<id>}, in the place of the account's), then the plate's, the driver's
     * and the slot's.
     */
    public ArrivalWindow admitForCarrier(String carrier, Plate plate, Driver driver, Direction direction, Instant plannedArrival, Instant now) {
        ArrivalWindow window = windowFor(plannedArrival, now);
        String holder = VehicleClaim.carrierHolder(carrier);
        bookings.lock(holder);
        bookings.lock(plate.lockKey());
        bookings.lock(driver.lockKey());
        List<Booking> openForVehicleOrDriver = bookings.openForVehicleOrDriver(plate, driver);
        requireOneGate(Booking.DEFAULT_GATE, ofPlate(openForVehicleOrDriver, plate), plate);
        checkLimits(holder, window.start(), 0, openForVehicleOrDriver, plate);
        reserve(direction, window.start(), now);
        return window;
    }

    /**
     * Admits an amendment: another driver or another window must keep the gap to the other bookings of
     * the vehicle and the (new) driver, under the plate's and the drivers' locks; a new window must also
     * be open and have room. The vehicle must still be bound to the booking's account. Empty when no new
     * arrival is given.
     */
    public Optional<ArrivalWindow> admitAmendment(Booking booking, Driver newDriver, Instant newPlannedArrival, Instant now) {
        ArrivalWindow window = newPlannedArrival == null ? null : windowFor(newPlannedArrival, now);
        boolean moves = window != null && !window.equals(booking.window());
        Driver driver = newDriver == null ? booking.driver() : newDriver;
        if (moves || !driver.lockKey().equals(booking.driver().lockKey())) {
            bookings.lock(Stream.of(Stream.of(booking.plate().lockKey()),
                    Stream.of(booking.driver().lockKey(), driver.lockKey()).distinct().sorted(),
                    moves ? Stream.of(BookingRepository.slotLockKey(booking.direction(), window.start())) : Stream.<String>empty())
                    .flatMap(keys -> keys).toList());
            List<Booking> others = bookings.openForVehicleOrDriver(booking.plate(), driver).stream()
                    .filter(b -> !b.code().equals(booking.code())).toList();
            VehicleClaim.requireBoundTo(booking.holder(), booking.plate(), ofPlate(others, booking.plate()));
            requireGap(moves ? window.start() : booking.window().start(), others, booking.plate());
            if (moves) {
                reserve(booking.direction(), window.start(), now);
            }
        }
        return Optional.ofNullable(window);
    }

    /**
     * The window a booking hit by a closure moves to: the first slot from {@code from} on that is open, has room and
     * keeps the minimum gap to the other open bookings of its vehicle and driver, within a week, locked until commit;
     * empty when there is none. The plate's and driver's locks are not taken here: the closure holds slot locks while it
     * moves many bookings, and taking plate locks after them would invert the order a new booking takes them in
     * (plate, then slot) and deadlock; the gap is checked against the bookings as they stand in the closure's transaction.
     */
    public Optional<ArrivalWindow> windowForMove(Booking booking, Instant from, List<GateClosure> active, Instant now) {
        List<Instant> others = bookings.openForVehicleOrDriver(booking.plate(), booking.driver()).stream()
                .filter(b -> !b.code().equals(booking.code())).map(b -> b.window().start()).toList();
        Optional<Instant> slot = findFree(booking.direction(), from, active, calendar(now), now,
                candidate -> others.stream().noneMatch(o -> Duration.between(o, candidate).abs().compareTo(limits.minimumGap()) < 0));
        slot.ifPresent(s -> bookings.lockSlot(booking.direction(), s));
        return slot.map(ArrivalWindow::startingAt);
    }

    /** The slot calendar from the day before {@code from} on (a local day starts the evening before in UTC). */
    public SlotCalendar calendar(Instant from) {
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        return new SlotCalendar(zone, lanes, vehiclesPerLanePerDay, calendarDays.configuredFrom(day));
    }

    /**
     * Checks a new booking against the open bookings of the same account and of the same vehicle or
     * driver. The refusals name the rule, never another account's booking, name or document.
     */
    void checkLimits(String account, Instant windowStart, long openForAccount, List<Booking> openForVehicleOrDriver, Plate plate) {
        if (openForAccount >= limits.openPerAccount()) {
            throw RuleViolation.conflict("too-many-open-bookings", null,
                    "this account already holds " + openForAccount + " open bookings, the most allowed; cancel one first")
                    .with("count", openForAccount);
        }
        List<Booking> forVehicle = ofPlate(openForVehicleOrDriver, plate);
        VehicleClaim.requireBoundTo(account, plate, forVehicle);
        if (forVehicle.size() >= limits.openPerVehicle()) {
            throw RuleViolation.conflict("too-many-open-bookings-for-vehicle", "plate",
                    "vehicle " + plate.display() + " already has " + forVehicle.size() + " open bookings, the most allowed")
                    .with("plate", plate.display()).with("count", forVehicle.size());
        }
        requireGap(windowStart, openForVehicleOrDriver, plate);
    }

    /**
     * One vehicle holds active bookings at one border gate of the province at a time (as Latvia keeps one active booking
     * per plate across its crossing points): a booking at {@code gate} is refused while the vehicle holds one elsewhere.
     * The plate's lock, held by the caller, serialises two requests for one vehicle.
     */
    static void requireOneGate(String gate, List<Booking> openForVehicle, Plate plate) {
        openForVehicle.stream().filter(b -> !b.gate().equals(gate)).findFirst().ifPresent(other -> {
            throw RuleViolation.conflict("plate-booked-at-another-gate", "plate", "vehicle " + plate.display()
                    + " already holds an active booking at gate " + other.gate() + "; a vehicle holds bookings at one gate at a time")
                    .with("plate", plate.display()).with("gate", other.gate());
        });
    }

    private static List<Booking> ofPlate(List<Booking> bookings, Plate plate) {
        return bookings.stream().filter(b -> b.plate().equals(plate)).toList();
    }

    private void requireGap(Instant windowStart, List<Booking> openForVehicleOrDriver, Plate plate) {
        for (Booking other : openForVehicleOrDriver) {
            if (Duration.between(other.window().start(), windowStart).abs().compareTo(limits.minimumGap()) < 0) {
                String who = other.plate().equals(plate) ? "vehicle " + plate.display() : "the driver";
                long hours = limits.minimumGap().toHours();
                throw RuleViolation.conflict("overlapping-booking", "plannedArrival", "plannedArrival: " + who
                        + " already holds a booking for a slot less than " + hours + " h from this one; two bookings must be at least "
                        + hours + " h apart").keyed(other.plate().equals(plate) ? "vehicle" : "driver")
                        .with("plate", plate.display()).with("hours", hours);
            }
        }
    }

    /**
     * Takes a place in the slot hour, or refuses: 422 when a closure covers it, 409 when it is full, each
     * naming the next free slot and offering the nearest free ones before and after it ({@link SlotUnavailable}).
     * The caller holds the slot's lock already, taken with the others in one round trip.
     */
    private void reserve(Direction direction, Instant slotStart, Instant now) {
        List<GateClosure> active = closures.activeAfter(now);
        Optional<GateClosure> closed = active.stream().filter(c -> c.covers(direction, slotStart)).findFirst();
        SlotCalendar calendar = calendar(slotStart.isBefore(now) ? slotStart : now);
        if (closed.isPresent()) {
            SlotAlternatives near = alternatives(direction, slotStart, active, calendar, now);
            Optional<Instant> free = near.nextFree();
            throw (SlotUnavailable) new SlotUnavailable("gate-closed", false, "plannedArrival: the gate is closed for " + direction
                    + " (" + closed.get().describe() + ")" + nextFree(free), near)
                    .with("direction", direction).with(closed.get().parameters()).with(nextFreeParameters(free));
        }
        int capacity = calendar.capacity(direction, slotStart);
        if (bookings.countInSlot(direction, slotStart) >= capacity) {
            SlotAlternatives near = alternatives(direction, slotStart, active, calendar, now);
            Optional<Instant> free = near.nextFree();
            throw (SlotUnavailable) new SlotUnavailable("slot-full", true, "plannedArrival: the " + direction + " slot of " + slotStart
                    + " is full (" + capacity + " vehicles)" + nextFree(free), near)
                    .with("direction", direction).with("slot", slotStart).with("capacity", capacity).with(nextFreeParameters(free));
        }
    }

    /**
     * The nearest free slot hours of a direction before and after {@code slotStart} ({@link #ALTERNATIVES} each side,
     * within the search horizon, none over): what a refused or full slot offers instead.
     */
    public SlotAlternatives alternatives(Direction direction, Instant slotStart, Instant now) {
        return alternatives(direction, slotStart, closures.activeAfter(now), calendar(slotStart.isBefore(now) ? slotStart : now), now);
    }

    private SlotAlternatives alternatives(Direction direction, Instant slotStart, List<GateClosure> active, SlotCalendar calendar, Instant now) {
        return SlotAlternatives.around(slotStart, ALTERNATIVES, now, slotStart.plus(SEARCH_HORIZON),
                slot -> free(direction, slot, active, calendar));
    }

    /** How many more vehicles a slot hour takes: none while a closure covers it. */
    private long free(Direction direction, Instant slot, List<GateClosure> active, SlotCalendar calendar) {
        if (active.stream().anyMatch(c -> c.covers(direction, slot))) {
            return 0;
        }
        return Math.max(0, calendar.capacity(direction, slot) - bookings.countInSlot(direction, slot));
    }

    private static String nextFree(Optional<Instant> free) {
        return free.map(s -> "; the next free slot is " + s).orElse("");
    }

    /** The next free slot as parameters of a refusal: {@code nextFree} names the phrase that says it, or is absent. */
    private static Map<String, Object> nextFreeParameters(Optional<Instant> free) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("nextFree", free.isPresent() ? "phrase.next-free" : null);
        parameters.put("next", free.orElse(null));
        return parameters;
    }

    /** The first slot hour from {@code from} on that is open and has room, within the search horizon. */
    private Optional<Instant> findFree(Direction direction, Instant from, List<GateClosure> active, SlotCalendar calendar, Instant now,
                                       Predicate<Instant> acceptable) {
        Instant slot = from.truncatedTo(ChronoUnit.HOURS);
        if (slot.isBefore(from)) {
            slot = slot.plus(ArrivalWindow.LENGTH);
        }
        Instant end = from.plus(SEARCH_HORIZON);
        for (; slot.isBefore(end); slot = slot.plus(ArrivalWindow.LENGTH)) {
            Instant candidate = slot;
            if (candidate.plus(ArrivalWindow.LENGTH).isBefore(now) || active.stream().anyMatch(c -> c.covers(direction, candidate))
                    || !acceptable.test(candidate)) {
                continue;
            }
            if (bookings.countInSlot(direction, candidate) < calendar.capacity(direction, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
