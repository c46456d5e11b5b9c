package vn.laocai.gate.customs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffState;
import vn.laocai.gate.customs.domain.Handoffs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Handoffs in PostgreSQL through JPA; locks are row locks ({@code select ... for update}). */
@ApplicationScoped
public class JpaHandoffs implements Handoffs {

    private final EntityManager em;

    public JpaHandoffs(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Handoff handoff) {
        em.persist(handoff);
    }

    @Override
    public Optional<Handoff> find(AgencySystem system, String declarationId, int version) {
        return em.createQuery("""
                        from Handoff h where h.agencySystem = :system
                        and h.declarationId = :declarationId and h.version = :version""", Handoff.class)
                .setParameter("system", system)
                .setParameter("declarationId", declarationId)
                .setParameter("version", version)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Handoff> lock(UUID id) {
        return Optional.ofNullable(em.find(Handoff.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Handoff> lockByAgencyReference(AgencySystem system, String agencyReference) {
        return em.createQuery("from Handoff h where h.agencySystem = :system and h.agencyReference = :reference",
                        Handoff.class)
                .setParameter("system", system)
                .setParameter("reference", agencyReference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<UUID> dueForSubmission(Instant now, int limit) {
        return em.createQuery("""
                        select h.id from Handoff h where h.state = :pending and h.nextAttemptAt <= :now
                        order by h.nextAttemptAt, h.createdAt""", UUID.class)
                .setParameter("pending", HandoffState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Handoff> quietSince(Instant quietSince, int limit) {
        return em.createQuery("""
                        from Handoff h where h.state in :awaiting
                        and coalesce(h.lastAnswerAt, h.submittedAt) < :since
                        and (h.lastPolledAt is null or h.lastPolledAt < :since)
                        order by coalesce(h.lastPolledAt, h.submittedAt)""", Handoff.class)
                .setParameter("awaiting", List.of(HandoffState.SUBMITTED, HandoffState.CHANNEL_ASSIGNED))
                .setParameter("since", quietSince)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Handoff> ofDeclaration(String declarationId) {
        return em.createQuery("from Handoff h where h.declarationId = :declarationId order by h.version, h.createdAt",
                        Handoff.class)
                .setParameter("declarationId", declarationId)
                .getResultList();
    }
}
