package vn.laocai.gate.customs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.domain.ExchangeRepository;

import java.util.Collection;
import java.util.List;

/** The audit trail in PostgreSQL; rows are only ever inserted. */
@ApplicationScoped
public class JpaExchangeRepository implements ExchangeRepository {

    private final EntityManager em;

    public JpaExchangeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Exchange exchange) {
        em.persist(exchange);
    }

    @Override
    public List<Exchange> ofSubjects(Collection<String> subjectIds) {
        return em.createQuery("from Exchange e where e.subjectId in :subjects order by e.exchangedAt, e.id", Exchange.class)
                .setParameter("subjects", subjectIds)
                .getResultList();
    }
}
