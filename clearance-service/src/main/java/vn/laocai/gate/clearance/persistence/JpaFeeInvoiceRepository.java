package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.FeeInvoice;
import vn.laocai.gate.clearance.domain.FeeInvoiceRepository;

import java.util.Optional;
import java.util.UUID;

/** Fee e-invoices in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaFeeInvoiceRepository implements FeeInvoiceRepository {

    private final EntityManager em;

    public JpaFeeInvoiceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(FeeInvoice invoice) {
        em.persist(invoice);
    }

    @Override
    public Optional<FeeInvoice> latest(UUID declarationId) {
        return em.createQuery("from FeeInvoice where declarationId = :d order by receivedAt desc", FeeInvoice.class)
                .setParameter("d", declarationId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean exists(String paymentReference) {
        return !em.createQuery("select 1 from FeeInvoice where paymentReference = :p", Integer.class)
                .setParameter("p", paymentReference).setMaxResults(1).getResultList().isEmpty();
    }
}
