package vn.laocai.gate.queue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.queue.domain.BookingBlock;
import vn.laocai.gate.queue.domain.PenaltyRepository;
import vn.laocai.gate.queue.domain.Strike;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Strikes and blocks in PostgreSQL: a strike inserted once per booking, subject and kind (the unique key decides). */
@ApplicationScoped
public class JpaPenaltyRepository implements PenaltyRepository {

    private final EntityManager em;

    public JpaPenaltyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean addStrike(Strike strike) {
        return em.createNativeQuery("""
                        insert into booking_strike (subject, kind, booking_code, struck_at) values (?1, ?2, ?3, ?4)
                        on conflict (subject, kind, booking_code) do nothing""")
                .setParameter(1, strike.subject()).setParameter(2, strike.kind().name()).setParameter(3, strike.bookingCode())
                .setParameter(4, strike.struckAt()).executeUpdate() == 1;
    }

    @Override
    public List<Strike> strikesSince(String subject, Instant since) {
        return em.createQuery("from Strike where subject = :subject and struckAt > :since order by struckAt, id", Strike.class)
                .setParameter("subject", subject).setParameter("since", since).getResultList();
    }

    @Override
    public List<BookingBlock> blocksSince(Collection<String> subjects, Instant since) {
        return em.createQuery("from BookingBlock where subject in :subjects and (blockedAt > :since or blockedUntil > :since) "
                        + "order by blockedAt desc, id desc", BookingBlock.class)
                .setParameter("subjects", subjects).setParameter("since", since).getResultList();
    }

    @Override
    public void addBlock(BookingBlock block) {
        em.persist(block);
        em.flush();
    }

    @Override
    public Optional<BookingBlock> findBlock(long id) {
        return Optional.ofNullable(em.find(BookingBlock.class, id));
    }

    @Override
    public List<BookingBlock> active(Instant now, int limit) {
        return em.createQuery("from BookingBlock where liftedAt is null and blockedUntil > :now order by blockedAt desc, id desc",
                        BookingBlock.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public void lock(String subject) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "penalty:" + subject).getSingleResult();
    }
}
