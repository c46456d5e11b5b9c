package vn.laocai.gate.clearance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.laocai.gate.clearance.domain.BookingConsent;
import vn.laocai.gate.clearance.domain.BookingLink;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.KnownBooking;
import vn.laocai.gate.clearance.domain.StepState;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Declarations, known bookings and consents in PostgreSQL through JPA; the statistics in plain SQL. */
@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository {

    private final EntityManager em;

    public JpaDeclarationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Declaration declaration) {
        em.persist(declaration);
    }

    @Override
    public Optional<Declaration> find(UUID id) {
        return Optional.ofNullable(em.find(Declaration.class, id));
    }

    @Override
    public boolean declarationNumberExists(String number) {
        return em.createQuery("select count(d) from Declaration d where d.declared.customsDeclarationNumber = :n", Long.class)
                .setParameter("n", number)
                .getSingleResult() > 0;
    }

    @Override
    public List<Declaration> listByOwner(String account, int limit) {
        return em.createQuery("from Declaration where ownerAccount = :a order by submittedAt desc", Declaration.class)
                .setParameter("a", account)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Declaration> listRecent(int limit) {
        return em.createQuery("from Declaration order by submittedAt desc", Declaration.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Declaration> findByBooking(String bookingCode) {
        return em.createQuery("select d from Declaration d join d.declared.bookingCodes b where b = :code", Declaration.class)
                .setParameter("code", bookingCode)
                .getResultList();
    }

    @Override
    public List<Declaration> withLinksPendingSince(Instant namedBefore) {
        return em.createQuery("select distinct d from Declaration d join d.links l where l.state = :pending and l.namedAt <= :before",
                        Declaration.class)
                .setParameter("pending", BookingLink.State.PENDING)
                .setParameter("before", namedBefore)
                .getResultList();
    }

    @Override
    public Optional<KnownBooking> findBooking(String code) {
        return Optional.ofNullable(em.find(KnownBooking.class, code));
    }

    @Override
    public void addBookingIfAbsent(KnownBooking booking) {
        if (em.find(KnownBooking.class, booking.code()) == null) {
            em.persist(booking);
        }
    }

    @Override
    public Optional<BookingConsent> findConsent(String consentId) {
        return Optional.ofNullable(em.find(BookingConsent.class, consentId));
    }

    @Override
    public List<BookingConsent> consentsOf(String bookingCode) {
        return em.createQuery("from BookingConsent where bookingCode = :code", BookingConsent.class)
                .setParameter("code", bookingCode)
                .getResultList();
    }

    @Override
    public void addConsent(BookingConsent consent) {
        em.persist(consent);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Map<ClearanceStep, Duration> meanStepDurations(Instant since, int minSamples) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select step, avg(extract(epoch from completed_at - started_at)) as seconds
                        from clearance_step
                        where state = 'DONE' and started_at is not null and completed_at >= :since
                        group by step having count(*) >= :min""")
                .setParameter("since", Timestamp.from(since))
                .setParameter("min", minSamples)
                .getResultList();
        Map<ClearanceStep, Duration> means = new EnumMap<>(ClearanceStep.class);
        for (Object[] row : rows) {
            means.put(ClearanceStep.valueOf((String) row[0]), Duration.ofSeconds(((Number) row[1]).longValue()));
        }
        return means;
    }

    /** From open_clearance_step, which holds only the open steps of open declarations (kept by triggers, V4). */
    @Override
    public List<StepDwell> dwellTimes(Instant now) {
        return dwellTimes(now, "", null, null);
    }

    @Override
    public List<StepDwell> dwellTimes(Instant now, Instant from, Instant to) {
        return dwellTimes(now, "where started_at >= :from and started_at < :to", from, to);
    }

    private List<StepDwell> dwellTimes(Instant now, String where, Instant from, Instant to) {
        var query = em.createNativeQuery("""
                        select step, state, count(*),
                               avg(extract(epoch from cast(:now as timestamptz) - started_at)),
                               max(extract(epoch from cast(:now as timestamptz) - started_at))
                        from open_clearance_step
                        """ + where + """

                        group by step, state order by step, state""")
                .setParameter("now", Timestamp.from(now));
        if (from != null) {
            query.setParameter("from", Timestamp.from(from)).setParameter("to", Timestamp.from(to));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new StepDwell(ClearanceStep.valueOf((String) r[0]), StepState.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), seconds(r[3]), seconds(r[4]))).toList();
    }

    private static Duration seconds(Object value) {
        return value == null ? Duration.ZERO : Duration.ofSeconds(((Number) value).longValue());
    }
}
