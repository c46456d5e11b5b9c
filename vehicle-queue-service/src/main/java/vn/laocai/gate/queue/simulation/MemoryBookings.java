package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingCodeTaken;
import vn.laocai.gate.queue.domain.BookingRepository;
import vn.laocai.gate.queue.domain.BookingStatus;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.ClearanceState;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Plate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue's booking repository port, kept in memory for one simulated run: a single thread, so the
 * locks are no-ops. The open bookings are kept apart so that the yard's questions stay cheap.
 */
final class MemoryBookings implements BookingRepository {

    private final Map<String, Booking> byCode = new HashMap<>();
    private final Map<Direction, List<Booking>> open = new LinkedHashMap<>();
    private final Map<SlotKey, List<Booking>> bySlot = new HashMap<>();
    private final Map<Direction, List<Instant>> gateIns = new HashMap<>();
    private final Map<String, List<Booking>> byAccount = new HashMap<>();
    private final Map<Object, List<Booking>> byVehicleOrDriver = new HashMap<>();

    /** The account that booked: Booking keeps it without showing it (only {@code isOwnedBy}), so the simulation says it. */
    private final java.util.function.Function<Booking, String> accountOf;

    MemoryBookings(java.util.function.Function<Booking, String> accountOf) {
        this.accountOf = accountOf;
    }

    private record SlotKey(Direction direction, Instant start) {
    }

    @Override
    public void add(Booking booking) {
        if (byCode.containsKey(booking.code())) {
            throw new BookingCodeTaken(booking.code());
        }
        byCode.put(booking.code(), booking);
        open.computeIfAbsent(booking.direction(), d -> new ArrayList<>()).add(booking);
        bySlot.computeIfAbsent(new SlotKey(booking.direction(), booking.window().start()), k -> new ArrayList<>()).add(booking);
        byAccount.computeIfAbsent(accountOf.apply(booking), k -> new ArrayList<>()).add(booking);
        byVehicleOrDriver.computeIfAbsent(booking.plate(), k -> new ArrayList<>()).add(booking);
        byVehicleOrDriver.computeIfAbsent(booking.driver().lockKey(), k -> new ArrayList<>()).add(booking);
    }

    /** A gate-in the simulation saw, for the throughput the yard's ETAs use. */
    void gateIn(Direction direction, Instant at) {
        List<Instant> list = gateIns.computeIfAbsent(direction, d -> new ArrayList<>());
        list.add(at);
        if (list.size() > 200) {
            list.subList(0, 100).clear();
        }
    }

    @Override
    public Optional<Booking> findByCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Booking> bookedForPlate(Plate plate) {
        return openWhere(b -> b.status() == BookingStatus.BOOKED && b.plate().equals(plate)).stream()
                .sorted(Comparator.comparing(b -> b.window().start())).toList();
    }

    @Override
    public long countOpenForAccount(String account) {
        return byAccount.getOrDefault(account, List.of()).stream().filter(b -> b.status().isOpen()).count();
    }

    @Override
    public List<Booking> openForVehicleOrDriver(Plate plate, Driver driver) {
        java.util.Set<Booking> found = new java.util.LinkedHashSet<>(byVehicleOrDriver.getOrDefault(plate, List.of()));
        found.addAll(byVehicleOrDriver.getOrDefault(driver.lockKey(), List.of()));
        return found.stream().filter(b -> b.status().isOpen()).toList();
    }

    @Override
    public List<Booking> openForPlate(Plate plate) {
        return byVehicleOrDriver.getOrDefault(plate, List.of()).stream().filter(b -> b.status().isOpen())
                .sorted(Comparator.comparing(b -> b.window().start())).toList();
    }

    @Override
    public long countInSlot(Direction direction, Instant slotStart) {
        return bySlot.getOrDefault(new SlotKey(direction, slotStart), List.of()).stream()
                .filter(b -> b.status() != BookingStatus.CANCELLED && b.window().start().equals(slotStart)).count();
    }

    @Override
    public void lock(List<String> keys) {
        // one thread runs a simulation
    }

    @Override
    public void lockForChange(Booking booking) {
        // one thread runs a simulation
    }

    @Override
    public boolean tryLock(long key) {
        return true;
    }

    @Override
    public List<Booking> waiting(Direction direction) {
        return openOf(direction, b -> b.status() == BookingStatus.WAITING);
    }

    @Override
    public List<Booking> inGateArea(Direction direction) {
        return openOf(direction, b -> b.status().isInGateArea());
    }

    @Override
    public List<Booking> atGate() {
        List<Booking> found = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            found.addAll(openOf(direction, b -> b.status().isInYardOrGate()));
        }
        return found;
    }

    @Override
    public List<Instant> recentGateIns(Direction direction, int count) {
        List<Instant> list = gateIns.getOrDefault(direction, List.of());
        return List.copyOf(list.subList(Math.max(0, list.size() - count), list.size()));
    }

    @Override
    public List<Booking> bookedBetween(Collection<Direction> directions, Instant from, Instant until) {
        return openWhere(b -> b.status() == BookingStatus.BOOKED && directions.contains(b.direction())
                && b.window().start().isBefore(until) && b.window().end().isAfter(from)).stream()
                .sorted(Comparator.comparing(b -> b.window().start())).toList();
    }

    @Override
    public List<Booking> unmarkedNoShows(Instant windowEndBefore, int limit) {
        return openWhere(b -> b.status() == BookingStatus.BOOKED && b.noShowAt() == null && b.window().end().isBefore(windowEndBefore))
                .stream().limit(limit).toList();
    }

    @Override
    public List<Booking> dueForCancellation(Instant windowEndAtOrBefore, int limit) {
        return openWhere(b -> b.status() == BookingStatus.BOOKED && !b.window().end().isAfter(windowEndAtOrBefore))
                .stream().limit(limit).toList();
    }

    @Override
    public List<Booking> loadedWithoutDeclaration(Instant slotStartAtOrBefore, Instant bookedAtOrBefore, Instant now, int limit) {
        return openWhere(b -> b.status() == BookingStatus.BOOKED && b.cargoCategory() != CargoCategory.EMPTY
                && b.consignments().values().stream().noneMatch(c -> c.state() != ClearanceState.UNLINKED)
                && !b.window().start().isAfter(slotStartAtOrBefore) && !b.bookedAt().isAfter(bookedAtOrBefore) && b.window().end().isAfter(now))
                .stream().limit(limit).toList();
    }

    @Override
    public List<Booking> ownedBy(String account) {
        return List.copyOf(byAccount.getOrDefault(account, List.of()));
    }

    @Override
    public void flush() {
        // nothing to write
    }

    /** A simulated day keeps no personal data beyond the day: nothing is ever due for erasure. */
    @Override
    public List<String> erasePersonalData(Instant closedBefore, String erased, int limit) {
        return List.of();
    }

    private List<Booking> openWhere(java.util.function.Predicate<Booking> filter) {
        List<Booking> found = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            found.addAll(openOf(direction, filter));
        }
        return found;
    }

    /** The open bookings of a direction that match; closed ones are dropped from the open list on the way. */
    private List<Booking> openOf(Direction direction, java.util.function.Predicate<Booking> filter) {
        List<Booking> found = new ArrayList<>();
        for (Iterator<Booking> it = open.getOrDefault(direction, new ArrayList<>()).iterator(); it.hasNext(); ) {
            Booking b = it.next();
            if (!b.status().isOpen()) {
                it.remove();
            } else if (filter.test(b)) {
                found.add(b);
            }
        }
        return found;
    }
}
