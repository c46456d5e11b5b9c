package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.hibernate.exception.ConstraintViolationException;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/** Bookings in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    private static final List<BookingStatus> CLOSED = List.of(BookingStatus.EXITED, BookingStatus.CANCELLED);
    private static final List<BookingStatus> GATE_AREA = List.of(BookingStatus.CALLED_FORWARD, BookingStatus.IN_GATE, BookingStatus.RELEASED);
    private static final List<BookingStatus> AT_GATE = List.of(BookingStatus.WAITING, BookingStatus.CALLED_FORWARD, BookingStatus.IN_GATE,
            BookingStatus.RELEASED);

    /** The unique constraint on {@code booking.code} (V1). */
    private static final String CODE_CONSTRAINT = "booking_code_key";

    private final EntityManager em;

    public JpaBookingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation && CODE_CONSTRAINT.equals(violation.getConstraintName())) {
                    throw new BookingCodeTaken(booking.code());
                }
            }
            throw e;
        }
    }

    @Override
    public Optional<Booking> findByCode(String code) {
        return em.createQuery("from Booking where code = :code", Booking.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Booking> bookedForPlate(Plate plate) {
        return em.createQuery("from Booking b where b.vehicle.plate = :plate and b.status = :booked order by b.window.startsAt", Booking.class)
                .setParameter("plate", plate).setParameter("booked", BookingStatus.BOOKED)
                .getResultList();
    }

    @Override
    public long countOpenForAccount(String account) {
        return em.createQuery("select count(b) from Booking b where b.ownerAccount = :account and b.status not in :closed", Long.class)
                .setParameter("account", account).setParameter("closed", CLOSED)
                .getSingleResult();
    }

    @Override
    public List<Booking> openForVehicleOrDriver(Plate plate, Driver driver) {
        return em.createQuery("""
                        from Booking b where (b.vehicle.plate = :plate
                        or (b.driver.documentNumber = :document and b.driver.nationality = :nationality))
                        and b.status not in :closed""", Booking.class)
                .setParameter("plate", plate).setParameter("document", driver.documentNumber())
                .setParameter("nationality", driver.nationality()).setParameter("closed", CLOSED)
                .getResultList();
    }

    @Override
    public List<Booking> openForPlate(Plate plate) {
        return em.createQuery("from Booking b where b.vehicle.plate = :plate and b.status not in :closed order by b.window.startsAt", Booking.class)
                .setParameter("plate", plate).setParameter("closed", CLOSED)
                .getResultList();
    }

    @Override
    public long countInSlot(Direction direction, Instant slotStart) {
        return em.createQuery("""
                        select count(b) from Booking b where b.direction = :direction
                        and b.window.startsAt = :slot and b.status <> :cancelled""", Long.class)
                .setParameter("direction", direction).setParameter("slot", slotStart)
                .setParameter("cancelled", BookingStatus.CANCELLED)
                .getSingleResult();
    }

    @Override
    public Map<Instant, Long> countsInSlots(Direction direction, Instant from, Instant until) {
        Map<Instant, Long> counts = new HashMap<>();
        em.createQuery("""
                        select b.window.startsAt, count(b) from Booking b where b.direction = :direction
                        and b.window.startsAt >= :from and b.window.startsAt < :until and b.status <> :cancelled
                        group by b.window.startsAt""", Object[].class)
                .setParameter("direction", direction).setParameter("from", from).setParameter("until", until)
                .setParameter("cancelled", BookingStatus.CANCELLED)
                .getResultList().forEach(row -> counts.put((Instant) row[0], (Long) row[1]));
        return counts;
    }

    /** One select of the locks, taken left to right as PostgreSQL computes a select list. */
    @Override
    public void lock(List<String> keys) {
        StringJoiner select = new StringJoiner(", ", "select ", "");
        for (int i = 1; i <= keys.size(); i++) {
            select.add("pg_advisory_xact_lock(hashtext(?" + i + "))");
        }
        Query query = em.createNativeQuery(select.toString());
        for (int i = 1; i <= keys.size(); i++) {
            query.setParameter(i, keys.get(i - 1));
        }
        query.getSingleResult();
    }

    @Override
    public boolean tryLock(long key) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)").setParameter("key", key).getSingleResult();
    }

    @Override
    public void lockForChange(Booking booking) {
        em.flush();
        em.refresh(booking, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Booking> waiting(Direction direction) {
        return em.createQuery("""
                        from Booking b where b.direction = :direction and b.status = :waiting
                        order by b.yard.queueKey, b.yard.checkedInAt, b.code""", Booking.class)
                .setParameter("direction", direction).setParameter("waiting", BookingStatus.WAITING)
                .getResultList();
    }

    @Override
    public List<Booking> inGateArea(Direction direction) {
        return em.createQuery("from Booking b where b.direction = :direction and b.status in :area order by b.yard.calledForwardAt", Booking.class)
                .setParameter("direction", direction).setParameter("area", GATE_AREA)
                .getResultList();
    }

    @Override
    public List<Booking> atGate() {
        return em.createQuery("from Booking b where b.status in :atGate order by b.yard.checkedInAt, b.code", Booking.class)
                .setParameter("atGate", AT_GATE).getResultList();
    }

    @Override
    public List<Instant> recentGateIns(Direction direction, int count) {
        List<Instant> latest = em.createQuery("""
                        select b.yard.enteredGateAt from Booking b where b.direction = :direction and b.yard.enteredGateAt is not null
                        order by b.yard.enteredGateAt desc""", Instant.class)
                .setParameter("direction", direction).setMaxResults(count)
                .getResultList();
        List<Instant> oldestFirst = new java.util.ArrayList<>(latest);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public List<Booking> bookedBetween(Collection<Direction> directions, Instant from, Instant until) {
        return em.createQuery("""
                        from Booking b where b.direction in :directions and b.status = :booked
                        and b.window.startsAt < :until and b.window.endsAt > :from order by b.window.startsAt, b.bookedAt""", Booking.class)
                .setParameter("directions", directions).setParameter("booked", BookingStatus.BOOKED)
                .setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<Booking> unmarkedNoShows(Instant windowEndBefore, int limit) {
        return em.createQuery("""
                        from Booking b where b.status = :booked and b.noShowAt is null and b.window.endsAt < :before
                        order by b.window.endsAt""", Booking.class)
                .setParameter("booked", BookingStatus.BOOKED).setParameter("before", windowEndBefore)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Booking> dueForCancellation(Instant windowEndAtOrBefore, int limit) {
        return em.createQuery("from Booking b where b.status = :booked and b.window.endsAt <= :cutoff order by b.window.endsAt", Booking.class)
                .setParameter("booked", BookingStatus.BOOKED).setParameter("cutoff", windowEndAtOrBefore)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Booking> loadedWithoutDeclaration(Instant slotStartAtOrBefore, Instant bookedAtOrBefore, Instant now, int limit) {
        return em.createQuery("""
                        from Booking b where b.status = :booked and b.cargoCategory <> :empty
                        and b.window.startsAt <= :cutoff and b.bookedAt <= :bookedBefore and b.window.endsAt > :now
                        and not exists (select 1 from Booking o join o.consignments c where o = b and c.state <> :unlinked)
                        order by b.window.startsAt""", Booking.class)
                .setParameter("booked", BookingStatus.BOOKED).setParameter("empty", CargoCategory.EMPTY)
                .setParameter("cutoff", slotStartAtOrBefore).setParameter("bookedBefore", bookedAtOrBefore).setParameter("now", now)
                .setParameter("unlinked", ClearanceState.UNLINKED)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Booking> ownedBy(String account) {
        return em.createQuery("from Booking b where b.ownerAccount = :account order by b.window.startsAt desc", Booking.class)
                .setParameter("account", account).setMaxResults(100).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> erasePersonalData(Instant closedBefore, String erased, int limit) {
        em.flush();
        List<Object[]> due = em.createNativeQuery("""
                select id, code from booking
                where status in ('EXITED', 'CANCELLED') and coalesce(exited_at, cancelled_at) < :before
                  and driver_document_number <> :erased
                order by coalesce(exited_at, cancelled_at) limit :limit for update skip locked""")
                .setParameter("before", closedBefore).setParameter("erased", erased).setParameter("limit", limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Object> ids = due.stream().map(row -> row[0]).toList();
        for (String table : List.of("booking", "booking_amendment")) {
            em.createNativeQuery("update " + table + " set driver_name = :erased, driver_document_number = :erased, "
                            + "driver_phone = :erased where " + ("booking".equals(table) ? "id" : "booking_id") + " in (:ids)")
                    .setParameter("erased", erased).setParameter("ids", ids).executeUpdate();
        }
        em.clear();
        return due.stream().map(row -> (String) row[1]).toList();
    }
}
