package vn.laocai.gate.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.notification.domain.Addressee;
import vn.laocai.gate.notification.domain.Preferences;
import vn.laocai.gate.notification.domain.PreferencesRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPreferencesRepository implements PreferencesRepository {

    private final EntityManager em;

    public JpaPreferencesRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Preferences> find(String account) {
        return Optional.ofNullable(em.find(Preferences.class, account));
    }

    @Override
    public void add(Preferences preferences) {
        em.persist(preferences);
    }

    @Override
    public List<Preferences> byDriverDocument(String document) {
        return em.createQuery("from Preferences p where p.driverDocument = :d order by p.account", Preferences.class)
                .setParameter("d", document)
                .getResultList();
    }

    @Override
    public List<Preferences> byTaxCode(String taxCode) {
        return em.createQuery("select p from Preferences p where :t member of p.taxCodes order by p.account", Preferences.class)
                .setParameter("t", taxCode)
                .getResultList();
    }

    @Override
    public void remove(Preferences preferences) {
        em.remove(preferences);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> eraseUnusedBefore(Instant before, int limit) {
        em.flush();
        List<String> unused = em.createNativeQuery("""
                select p.account from recipient_preferences p where p.updated_at < :before
                  and not exists (select 1 from notice n where n.created_at >= :before and (n.recipient = p.account
                      or n.recipient = :driver || p.driver_document
                      or n.recipient in (select :trader || t.tax_code from recipient_tax_code t where t.account = p.account)))
                order by p.updated_at limit :limit for update skip locked""", String.class)
                .setParameter("before", before).setParameter("limit", limit)
                .setParameter("driver", Addressee.DRIVER_PARTY).setParameter("trader", Addressee.traderParty(""))
                .getResultList();
        if (!unused.isEmpty()) {
            // the channels and tax codes go with them (on delete cascade)
            em.createNativeQuery("delete from recipient_preferences where account in (:accounts)")
                    .setParameter("accounts", unused).executeUpdate();
            em.clear();
        }
        return unused;
    }
}
