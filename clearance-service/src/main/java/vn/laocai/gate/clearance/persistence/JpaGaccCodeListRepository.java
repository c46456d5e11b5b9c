package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.GaccCode;
import vn.laocai.gate.clearance.domain.GaccCodeList;
import vn.laocai.gate.clearance.domain.GaccCodeListRepository;

import java.util.Optional;
import java.util.UUID;

/** The GACC code lists in PostgreSQL through JPA; a code is looked up by its key, never by loading the list. */
@ApplicationScoped
public class JpaGaccCodeListRepository implements GaccCodeListRepository {

    private final EntityManager em;

    public JpaGaccCodeListRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(GaccCodeList list) {
        em.persist(list);
        em.flush();
    }

    @Override
    public void lockImports() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('gacc_code_list'))").getSingleResult();
    }

    @Override
    public Optional<GaccCodeList> current() {
        return em.createQuery("from GaccCodeList l order by l.importedAt desc, l.version desc", GaccCodeList.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean versionExists(String version) {
        return !em.createQuery("select l.id from GaccCodeList l where l.version = :version", UUID.class)
                .setParameter("version", version).getResultList().isEmpty();
    }

    @Override
    public Optional<GaccCode> find(UUID listId, GaccCode.Kind kind, String code) {
        return em.createQuery("select c from GaccCodeList l join l.codes c where l.id = :id and c.kind = :kind and c.code = :code",
                        GaccCode.class)
                .setParameter("id", listId).setParameter("kind", kind).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<GaccCodeList> inForceAt(java.time.Instant at) {
        return em.createQuery("from GaccCodeList l where l.importedAt <= :at order by l.importedAt desc, l.version desc", GaccCodeList.class)
                .setParameter("at", at).setMaxResults(1).getResultStream().findFirst();
    }
}
