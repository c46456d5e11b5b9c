package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.BookingRepository;

import java.util.Optional;

/** Bookings in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    private final EntityManager em;

    public JpaBookingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
    }

    @Override
    public Optional<Booking> findByCode(String code) {
        return em.createQuery("from Booking where code = :code", Booking.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean codeExists(String code) {
        return em.createQuery("select count(b) from Booking b where b.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult() > 0;
    }
}
