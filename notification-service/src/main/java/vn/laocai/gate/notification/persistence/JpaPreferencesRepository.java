package vn.laocai.gate.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.notification.domain.Preferences;
import vn.laocai.gate.notification.domain.PreferencesRepository;

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
}
