package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.queue.domain.LinkConsent;
import vn.laocai.gate.queue.domain.LinkConsentRepository;

import java.util.Optional;

/** Consents to link in PostgreSQL through JPA; a partial unique index keeps one current consent per booking. */
@ApplicationScoped
public class JpaLinkConsentRepository implements LinkConsentRepository {

    private final EntityManager em;

    public JpaLinkConsentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(LinkConsent consent) {
        em.persist(consent);
    }

    @Override
    public Optional<LinkConsent> current(String bookingCode) {
        return em.createQuery("from LinkConsent c where c.bookingCode = :code and c.withdrawnAt is null", LinkConsent.class)
                .setParameter("code", bookingCode).getResultStream().findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
