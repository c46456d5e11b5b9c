package vn.laocai.gate.customs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.customs.domain.Booking;
import vn.laocai.gate.customs.domain.BookingRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Bookings and their declarations in PostgreSQL. */
@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    private final EntityManager em;

    public JpaBookingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Booking> find(String bookingCode) {
        return Optional.ofNullable(em.find(Booking.class, bookingCode));
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
    }

    @Override
    public void link(String declarationId, Collection<String> bookingCodes) {
        for (String code : bookingCodes) {
            em.createNativeQuery("""
                            insert into declaration_booking (declaration_id, booking_code) values (:d, :b)
                            on conflict do nothing""")
                    .setParameter("d", declarationId)
                    .setParameter("b", code)
                    .executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> ofDeclaration(String declarationId) {
        return em.createNativeQuery("select booking_code from declaration_booking where declaration_id = :d order by 1")
                .setParameter("d", declarationId)
                .getResultList();
    }
}
