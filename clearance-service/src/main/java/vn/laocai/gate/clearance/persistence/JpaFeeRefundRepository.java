package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.laocai.gate.clearance.domain.FeeRefund;
import vn.laocai.gate.clearance.domain.FeeRefundRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Fee refunds in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaFeeRefundRepository implements FeeRefundRepository {

    private final EntityManager em;

    public JpaFeeRefundRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(FeeRefund refund) {
        em.persist(refund);
    }

    @Override
    public List<FeeRefund> of(UUID declarationId) {
        return em.createQuery("from FeeRefund where declarationId = :d order by orderedAt", FeeRefund.class)
                .setParameter("d", declarationId).getResultList();
    }

    @Override
    public List<UUID> pending(int limit) {
        return em.createQuery("select id from FeeRefund where state = :s order by orderedAt", UUID.class)
                .setParameter("s", FeeRefund.State.PENDING).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<FeeRefund> locked(UUID id) {
        return Optional.ofNullable(em.find(FeeRefund.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
