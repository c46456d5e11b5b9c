package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.TraceabilityLink;
import vn.laocai.gate.clearance.domain.TraceabilityLinkRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Share links of traceability records in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaTraceabilityLinkRepository implements TraceabilityLinkRepository {

    private final EntityManager em;

    public JpaTraceabilityLinkRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(TraceabilityLink link) {
        em.persist(link);
        em.flush();
    }

    @Override
    public Optional<TraceabilityLink> find(UUID id) {
        return Optional.ofNullable(em.find(TraceabilityLink.class, id));
    }

    @Override
    public Optional<TraceabilityLink> byTokenHash(String tokenHash) {
        return em.createQuery("from TraceabilityLink where tokenHash = :h", TraceabilityLink.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<TraceabilityLink> ofDeclaration(UUID declarationId) {
        return em.createQuery("from TraceabilityLink where declarationId = :d order by createdAt desc", TraceabilityLink.class)
                .setParameter("d", declarationId).getResultList();
    }
}
