package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.SignedDecision;
import vn.laocai.gate.clearance.domain.SignedDecisionRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Signed decisions in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaSignedDecisionRepository implements SignedDecisionRepository {

    private final EntityManager em;

    public JpaSignedDecisionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(SignedDecision decision) {
        em.persist(decision);
    }

    /** A transaction-scoped advisory lock per declaration (two keys: this table's name and the declaration id), then the count. */
    @Override
    public int nextNumber(UUID declarationId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('signed_decision'), hashtext(:d))")
                .setParameter("d", declarationId.toString()).getSingleResult();
        return em.createQuery("select count(s) from SignedDecision s where s.declarationId = :d", Long.class)
                .setParameter("d", declarationId).getSingleResult().intValue() + 1;
    }

    @Override
    public Optional<SignedDecision> find(UUID declarationId, int number) {
        return em.createQuery("from SignedDecision where declarationId = :d and number = :n", SignedDecision.class)
                .setParameter("d", declarationId).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<SignedDecision> list(UUID declarationId) {
        return em.createQuery("from SignedDecision where declarationId = :d order by number", SignedDecision.class)
                .setParameter("d", declarationId).getResultList();
    }
}
