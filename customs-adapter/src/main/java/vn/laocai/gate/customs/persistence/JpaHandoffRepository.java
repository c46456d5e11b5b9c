package vn.laocai.gate.customs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Handoff;
import vn.laocai.gate.customs.domain.HandoffState;
import vn.laocai.gate.customs.domain.HandoffRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Handoffs in PostgreSQL through JPA; locks are row locks ({@code select ... for update}). */
@ApplicationScoped
public class JpaHandoffRepository implements HandoffRepository {

    private final EntityManager em;

    public JpaHandoffRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Handoff handoff) {
        em.persist(handoff);
    }

    @Override
    public boolean exists(AgencySystem system, String subjectId, String key) {
        return !em.createQuery("""
                        select h.id from Handoff h where h.agencySystem = :system
                        and h.subjectId = :subject and h.key = :key""", UUID.class)
                .setParameter("system", system)
                .setParameter("subject", subjectId)
                .setParameter("key", key)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<Handoff> latest(AgencySystem system, String subjectId) {
        return em.createQuery("""
                        from Handoff h where h.agencySystem = :system and h.subjectId = :subject
                        order by h.version desc, h.createdAt desc""", Handoff.class)
                .setParameter("system", system)
                .setParameter("subject", subjectId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Handoff> lock(UUID id) {
        return Optional.ofNullable(em.find(Handoff.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A reference the system gave two handoffs names neither: an answer to it cannot tell which one it is about. */
    @Override
    public Optional<Handoff> lockByAgencyReference(AgencySystem system, String agencyReference) {
        List<Handoff> found = em.createQuery(
                        "from Handoff h where h.agencySystem = :system and h.delivery.agencyReference = :reference",
                        Handoff.class)
                .setParameter("system", system)
                .setParameter("reference", agencyReference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(2)
                .getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Handoff> lockDueForSubmission(Instant now, int limit) {
        List<UUID> ids = em.createNativeQuery("""
                        select id from handoff where state in ('PENDING', 'LOST', 'OVERDUE') and next_attempt_at <= :now
                        and (claimed_until is null or claimed_until <= :now)
                        order by next_attempt_at, created_at limit :limit for update skip locked""", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // the rows are this transaction's now: reading them as entities waits for nobody
        return em.createQuery("""
                        from Handoff h where h.id in :ids
                        order by h.delivery.nextAttemptAt, h.createdAt""", Handoff.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Handoff> quietSince(AgencySystem system, Instant quietSince, int limit) {
        return em.createQuery("""
                        from Handoff h where h.agencySystem = :system and h.state in :awaiting
                        and coalesce(h.delivery.lastAnswerAt, h.delivery.submittedAt) < :since
                        and (h.delivery.lastPolledAt is null or h.delivery.lastPolledAt < :since)
                        order by coalesce(h.delivery.lastPolledAt, h.delivery.submittedAt)""", Handoff.class)
                .setParameter("system", system)
                .setParameter("awaiting", List.of(HandoffState.SUBMITTED, HandoffState.CHANNEL_ASSIGNED,
                        HandoffState.ESCALATED))
                .setParameter("since", quietSince)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Handoff> waitingSince(AgencySystem system, Instant before, int limit) {
        return em.createQuery("""
                        from Handoff h where h.agencySystem = :system and (
                            (h.state = :pending and h.createdAt < :before)
                         or (h.state in :awaiting and coalesce(h.delivery.lastAnswerAt, h.delivery.submittedAt) < :before)
                         or h.state in :attention)
                        order by coalesce(h.followup.lapsedAt, h.delivery.lastAnswerAt, h.delivery.submittedAt, h.createdAt)""",
                        Handoff.class)
                .setParameter("system", system)
                .setParameter("pending", HandoffState.PENDING)
                .setParameter("before", before)
                .setParameter("awaiting", List.of(HandoffState.SUBMITTED, HandoffState.CHANNEL_ASSIGNED))
                .setParameter("attention", List.of(HandoffState.LOST, HandoffState.OVERDUE, HandoffState.ESCALATED))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Handoff> ofSubjects(Collection<String> subjectIds) {
        return em.createQuery("from Handoff h where h.subjectId in :subjects order by h.createdAt, h.version",
                        Handoff.class)
                .setParameter("subjects", subjectIds)
                .getResultList();
    }

    @Override
    public Map<AgencySystem, Long> pendingCounts() {
        Map<AgencySystem, Long> counts = new EnumMap<>(AgencySystem.class);
        for (AgencySystem s : AgencySystem.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select h.agencySystem, count(h) from Handoff h where h.state = :pending group by h.agencySystem",
                        Object[].class)
                .setParameter("pending", HandoffState.PENDING)
                .getResultList()
                .forEach(row -> counts.put((AgencySystem) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public int dueNow(AgencySystem system, Instant now) {
        return em.createQuery("""
                        update Handoff h set h.delivery.nextAttemptAt = :now
                        where h.agencySystem = :system and h.state = :pending and h.delivery.nextAttemptAt > :now""")
                .setParameter("now", now)
                .setParameter("system", system)
                .setParameter("pending", HandoffState.PENDING)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> eraseBorderGuardPersonalData(Instant before, String erased, int limit) {
        em.flush();
        List<Object[]> due = em.createNativeQuery("""
                select id, declaration_id from handoff
                where agency_system = 'BORDER_GUARD' and updated_at < :before and payload <> :erased
                order by updated_at limit :limit for update skip locked""")
                .setParameter("before", before).setParameter("erased", erased).setParameter("limit", limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Object> ids = due.stream().map(row -> row[0]).toList();
        List<String> codes = due.stream().map(row -> (String) row[1]).toList();
        em.createNativeQuery("update handoff set payload = :erased where id in (:ids)")
                .setParameter("erased", erased).setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update agency_exchange set payload = :erased where agency_system = 'BORDER_GUARD' "
                        + "and correlation_id in (:ids)")
                .setParameter("erased", erased).setParameter("ids", ids.stream().map(String::valueOf).toList()).executeUpdate();
        em.createNativeQuery("update booking set driver_name = :erased, driver_document_number = :erased where booking_code in (:codes)")
                .setParameter("erased", erased).setParameter("codes", codes).executeUpdate();
        em.clear();
        return codes;
    }

    @Override
    public boolean tryLock(long key) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)").setParameter("key", key).getSingleResult();
    }
}
