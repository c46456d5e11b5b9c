package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.GateClosureRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Gate closures in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaGateClosureRepository implements GateClosureRepository {

    private final EntityManager em;

    public JpaGateClosureRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(GateClosure closure) {
        em.persist(closure);
    }

    @Override
    public Optional<GateClosure> find(UUID id) {
        return Optional.ofNullable(em.find(GateClosure.class, id));
    }

    @Override
    public List<GateClosure> activeAfter(Instant after) {
        return em.createQuery("from GateClosure where reopenedAt is null and closedUntil > :after order by closedFrom", GateClosure.class)
                .setParameter("after", after).getResultList();
    }
}
