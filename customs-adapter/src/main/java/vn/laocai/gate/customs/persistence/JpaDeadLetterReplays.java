package vn.laocai.gate.customs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.laocai.gate.customs.application.DeadLetterReplays;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Replays of dead letters in the table {@code dead_letter_replay}; rows are only ever inserted. */
@ApplicationScoped
public class JpaDeadLetterReplays implements DeadLetterReplays {

    private final EntityManager em;

    public JpaDeadLetterReplays(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(Position position, String eventId, String outcome, String detail, boolean corrected, Instant at) {
        em.createNativeQuery("""
                        insert into dead_letter_replay (id, dlq_partition, dlq_offset, event_id, outcome, detail,
                                                        corrected, replayed_at)
                        values (:id, :p, :o, :e, :outcome, :detail, :corrected, :at)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("p", position.partition())
                .setParameter("o", position.offset())
                .setParameter("e", eventId)
                .setParameter("outcome", outcome)
                .setParameter("detail", detail)
                .setParameter("corrected", corrected)
                .setParameter("at", at)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Position, Replayed> latest() {
        Map<Position, Replayed> last = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                select dlq_partition, dlq_offset, outcome, replayed_at from dead_letter_replay
                order by replayed_at""", Object[].class).getResultList();
        rows.forEach(row -> last.put(new Position(((Number) row[0]).intValue(), ((Number) row[1]).longValue()),
                new Replayed((String) row[2], toInstant(row[3]))));
        return last;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof java.sql.Timestamp t ? t.toInstant() : null;
    }
}
