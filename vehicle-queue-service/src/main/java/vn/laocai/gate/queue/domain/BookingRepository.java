package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Where bookings are kept, and the questions the queue asks of them all. */
public interface BookingRepository {

    /**
     * Adds a new booking, written at once; {@link BookingCodeTaken} when another booking holds its code (the
     * unique constraint decides: there is no check before, and the transaction is then lost).
     */
    void add(Booking booking);

    Optional<Booking> findByCode(String code);

    /** The booked (not yet checked-in) bookings of a plate, nearest slot first. */
    List<Booking> bookedForPlate(Plate plate);

    long countOpenForAccount(String account);

    /** Open bookings of the vehicle or of the driver (by nationality and document number). */
    List<Booking> openForVehicleOrDriver(Plate plate, Driver driver);

    /** Open bookings of the vehicle, nearest slot first. */
    List<Booking> openForPlate(Plate plate);

    /** Bookings holding the slot hour (every status but cancelled). */
    long countInSlot(Direction direction, Instant slotStart);

    /** {@link #countInSlot} of every slot hour starting in {@code [from, until)} that any booking holds, in one read. */
    default Map<Instant, Long> countsInSlots(Direction direction, Instant from, Instant until) {
        Map<Instant, Long> counts = new HashMap<>();
        for (Instant slot = from; slot.isBefore(until); slot = slot.plus(ArrivalWindow.LENGTH)) {
            long count = countInSlot(direction, slot);
            if (count > 0) {
                counts.put(slot, count);
            }
        }
        return counts;
    }

    /** Serialises transactions (of every instance) that take the same named lock, until commit. */
    default void lock(String key) {
        lock(List.of(key));
    }

    /**
     * Takes the named locks in the order given, as {@link #lock(String)} does one by one, but in one round
     * trip to the database: callers keep the global order (account, plate, drivers sorted, slot).
     */
    void lock(List<String> keys);

    /**
     * Re-reads the booking and locks its row until commit, so that two changes of one vehicle (an
     * officer's action and a clearance event, say) wait for each other instead of failing.
     * Callers take the yard lock of the booking's direction first: always yard, then row.
     */
    void lockForChange(Booking booking);

    /**
     * Takes the transaction-scoped lock {@code key} if no other transaction (of any instance) holds
     * it; whether it was taken. For work that one instance at a time does, such as a sweep.
     */
    boolean tryLock(long key);

    /** Serialises bookings of one slot hour across transactions and instances until commit. */
    default void lockSlot(Direction direction, Instant slotStart) {
        lock(slotLockKey(direction, slotStart));
    }

    /** The name of a slot hour's lock. */
    static String slotLockKey(Direction direction, Instant slotStart) {
        return "slot:" + direction + ":" + slotStart.getEpochSecond();
    }

    /** Vehicles waiting in the yard. */
    List<Booking> waiting(Direction direction);

    /** Vehicles called forward, in the gate or released, not yet out. */
    List<Booking> inGateArea(Direction direction);

    /** The vehicles checked in and not yet gone, both directions: waiting, called forward, in the gate or released. */
    List<Booking> atGate();

    /** The last gate-ins of a direction, oldest first. */
    List<Instant> recentGateIns(Direction direction, int count);

    /** Booked (not checked-in) bookings whose slot overlaps the period, earliest first. */
    List<Booking> bookedBetween(Collection<Direction> directions, Instant from, Instant until);

    /** Booked bookings whose window ended before {@code windowEndBefore} and are not yet marked no-show. */
    List<Booking> unmarkedNoShows(Instant windowEndBefore, int limit);

    /** Booked bookings whose window ended at or before {@code windowEndAtOrBefore}. */
    List<Booking> dueForCancellation(Instant windowEndAtOrBefore, int limit);

    /**
     * Booked bookings declared as loaded whose slot starts at or before {@code slotStartAtOrBefore}, booked at or before
     * {@code bookedAtOrBefore}, and not over at {@code now}, with no declaration linked to them, earliest slot first.
     */
    List<Booking> loadedWithoutDeclaration(Instant slotStartAtOrBefore, Instant bookedAtOrBefore, Instant now, int limit);

    List<Booking> ownedBy(String account);

    /** Writes pending changes, so that counts in the same transaction see them. */
    void flush();

    /**
     * Overwrites the driver's name, document and phone (of the booking and of its amendment history) with
     * {@code erased} in at most {@code limit} bookings closed (exited or cancelled) before {@code closedBefore}
     * and not erased yet; answers their codes.
     */
    List<String> erasePersonalData(Instant closedBefore, String erased, int limit);
}
