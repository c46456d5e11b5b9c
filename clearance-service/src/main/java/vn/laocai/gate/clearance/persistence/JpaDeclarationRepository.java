package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.KnownBooking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Declarations and known bookings in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository {

    private final EntityManager em;

    public JpaDeclarationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Declaration declaration) {
        em.persist(declaration);
    }

    @Override
    public Optional<Declaration> find(UUID id) {
        return Optional.ofNullable(em.find(Declaration.class, id));
    }

    @Override
    public boolean declarationNumberExists(String number) {
        return em.createQuery("select count(d) from Declaration d where d.customsDeclarationNumber = :n", Long.class)
                .setParameter("n", number)
                .getSingleResult() > 0;
    }

    @Override
    public List<Declaration> listByOwner(String account, int limit) {
        return em.createQuery("from Declaration where ownerAccount = :a order by submittedAt desc", Declaration.class)
                .setParameter("a", account)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Declaration> listRecent(int limit) {
        return em.createQuery("from Declaration order by submittedAt desc", Declaration.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Declaration> findByBooking(String bookingCode) {
        return em.createQuery("select d from Declaration d join d.bookingCodes b where b = :code", Declaration.class)
                .setParameter("code", bookingCode)
                .getResultList();
    }

    @Override
    public Optional<KnownBooking> findBooking(String code) {
        return Optional.ofNullable(em.find(KnownBooking.class, code));
    }

    @Override
    public void addBookingIfAbsent(KnownBooking booking) {
        if (em.find(KnownBooking.class, booking.code()) == null) {
            em.persist(booking);
        }
    }
}
