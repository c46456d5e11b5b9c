package vn.laocai.gate.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.notification.domain.KnownBooking;
import vn.laocai.gate.notification.domain.KnownDeclaration;
import vn.laocai.gate.notification.domain.KnownPartiesRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaKnownPartiesRepository implements KnownPartiesRepository {

    private final EntityManager em;

    public JpaKnownPartiesRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<KnownBooking> booking(String code) {
        return Optional.ofNullable(em.find(KnownBooking.class, code));
    }

    @Override
    public void add(KnownBooking booking) {
        em.persist(booking);
    }

    @Override
    public List<KnownBooking> bookedStartingWithin(Instant now, Duration lead) {
        return em.createQuery("from KnownBooking b where b.status = :s and b.windowStart > :now and b.windowStart <= :until",
                        KnownBooking.class)
                .setParameter("s", KnownBooking.BOOKED)
                .setParameter("now", now)
                .setParameter("until", now.plus(lead))
                .getResultList();
    }

    @Override
    public List<KnownBooking> open(Collection<String> directions, Instant until) {
        return em.createQuery("""
                        from KnownBooking b where b.status <> :closed and (b.direction is null or b.direction in :directions)
                        and (b.status = :yard or b.windowStart < :until)""", KnownBooking.class)
                .setParameter("closed", KnownBooking.CLOSED)
                .setParameter("yard", KnownBooking.IN_YARD)
                .setParameter("directions", directions)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public Optional<KnownDeclaration> declaration(String id) {
        return Optional.ofNullable(em.find(KnownDeclaration.class, id));
    }

    @Override
    public void add(KnownDeclaration declaration) {
        em.persist(declaration);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> eraseClosedBookingsBefore(Instant before, String erased, int limit) {
        em.flush();
        List<String> due = em.createNativeQuery("""
                select booking_code from known_booking
                where status = :closed and updated_at < :before and coalesce(driver_name, '') <> :erased
                order by updated_at limit :limit for update skip locked""", String.class)
                .setParameter("closed", KnownBooking.CLOSED).setParameter("before", before).setParameter("erased", erased)
                .setParameter("limit", limit).getResultList();
        if (!due.isEmpty()) {
            em.createNativeQuery("update known_booking set driver_name = :erased, driver_document = null, contact_phone = null where booking_code in (:codes)")
                    .setParameter("erased", erased).setParameter("codes", due).executeUpdate();
            em.clear();
        }
        return due;
    }
}
