package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.laocai.gate.clearance.domain.BrokerAuthorisation;
import vn.laocai.gate.clearance.domain.BrokerAuthorisationRepository;
import vn.laocai.gate.clearance.domain.Declaration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The authorisations in PostgreSQL through JPA: a partial unique index keeps one standing authorisation per
 * company and broker; a declaration reads its authorisation {@code for share}, a withdrawal updates it, so the
 * two never pass each other.
 */
@ApplicationScoped
public class JpaBrokerAuthorisationRepository implements BrokerAuthorisationRepository {

    private final EntityManager em;

    public JpaBrokerAuthorisationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(BrokerAuthorisation authorisation) {
        em.persist(authorisation);
        em.flush();
    }

    @Override
    public Optional<BrokerAuthorisation> standingForUpdate(String company, String broker) {
        return em.createQuery("from BrokerAuthorisation a where a.company = :company and a.broker = :broker and a.withdrawnAt is null",
                        BrokerAuthorisation.class)
                .setParameter("company", company).setParameter("broker", broker)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<BrokerAuthorisation> standingShared(String company, Collection<String> brokers) {
        if (brokers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from BrokerAuthorisation a where a.company = :company and a.broker in :brokers and a.withdrawnAt is null",
                        BrokerAuthorisation.class)
                .setParameter("company", company).setParameter("brokers", brokers)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList();
    }

    @Override
    public Optional<BrokerAuthorisation> find(UUID id) {
        return Optional.ofNullable(em.find(BrokerAuthorisation.class, id));
    }

    @Override
    public List<BrokerAuthorisation> ofCompany(String company) {
        return em.createQuery("from BrokerAuthorisation a where a.company = :company order by a.grantedAt desc", BrokerAuthorisation.class)
                .setParameter("company", company).getResultList();
    }

    @Override
    public List<Declaration> declarationsOf(String company, int limit) {
        return em.createQuery("from Declaration d where d.company = :company order by d.submittedAt desc", Declaration.class)
                .setParameter("company", company).setMaxResults(limit).getResultList();
    }
}
