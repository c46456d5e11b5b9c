package vn.laocai.gate.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    public void remove(Preferences preferences) {
        em.remove(preferences);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> eraseUnusedBefore(Instant before, int limit) {
        em.flush();
        List<String> unused = em.createNativeQuery("""
                select p.account from recipient_preferences p where p.updated_at < :before
                  and not exists (select 1 from notice n where n.created_at >= :before and n.recipient = p.account)
                order by p.updated_at limit :limit for update skip locked""", String.class)
                .setParameter("before", before).setParameter("limit", limit)
                .getResultList();
        if (!unused.isEmpty()) {
            // the channels go with them (on delete cascade)
            em.createNativeQuery("delete from recipient_preferences where account in (:accounts)")
                    .setParameter("accounts", unused).executeUpdate();
            em.clear();
        }
        return unused;
    }
}
