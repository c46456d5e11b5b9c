package vn.laocai.gate.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The record of events a consumer has already applied. Called in the same transaction as the
 * effect of the event, so an event is applied once even when Kafka delivers it again.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** Marks the event processed by {@code consumer}; false when it already was (a redelivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String eventId, String consumer) {
        int inserted = em.createNativeQuery("""
                        insert into processed_event (event_id, consumer, processed_at)
                        values (:id, :consumer, now())
                        on conflict do nothing""")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .executeUpdate();
        return inserted == 1;
    }
}
