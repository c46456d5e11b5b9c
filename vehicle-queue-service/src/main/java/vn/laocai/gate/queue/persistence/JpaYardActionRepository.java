package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.queue.domain.YardAction;
import vn.laocai.gate.queue.domain.YardActionRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Officers' yard actions in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaYardActionRepository implements YardActionRepository {

    private final EntityManager em;

    public JpaYardActionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(YardAction action) {
        em.persist(action);
    }

    @Override
    public List<YardAction> ofBooking(String bookingCode) {
        return em.createQuery("from YardAction where bookingCode = :code order by actedAt, id", YardAction.class)
                .setParameter("code", bookingCode).getResultList();
    }

    @Override
    public List<YardAction> between(Collection<String> kinds, Instant from, Instant until) {
        return em.createQuery("from YardAction where action in :kinds and actedAt >= :from and actedAt < :until order by actedAt, id",
                        YardAction.class)
                .setParameter("kinds", kinds).setParameter("from", from).setParameter("until", until).getResultList();
    }
}
