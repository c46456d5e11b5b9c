package vn.laocai.gate.support.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The log of every read by a partner agency (table {@code partner_read}, a migration of each service that serves the
 * partner API): who (account and the token's {@value #ORGANISATION_CLAIM} claim), when, which endpoint and filter,
 * how many records. Supervisors read it; the service's retention job deletes entries older than its retention.
 */
@ApplicationScoped
public class PartnerReads {

    /** The claim naming the partner's organisation, when the identity provider adds one. */
    public static final String ORGANISATION_CLAIM = "organisation";

    private final EntityManager em;
    private final Clock clock;

    public PartnerReads(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Logs a read of {@code endpoint} by the token's holder, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(JsonWebToken caller, String endpoint, String filter, int records) {
        Object organisation = caller.getClaim(ORGANISATION_CLAIM);
        em.createNativeQuery("insert into partner_read (read_at, account, organisation, endpoint, filter, records) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, Instant.now(clock))
                .setParameter(2, caller.getName())
                .setParameter(3, organisation == null ? null : organisation.toString())
                .setParameter(4, endpoint)
                .setParameter(5, filter)
                .setParameter(6, records)
                .executeUpdate();
    }

    /** A partner's query of records in a time range: from {@code offset}, at most {@code limit}, in a stable order. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> fetch(Instant from, Instant until, int offset, int limit);
    }

    /**
     * The page {@code fetch} answers for the parameters as given ({@link PartnerQuery#of}: a bad one is a 400 naming
     * it, and is not logged), logged as a read of {@code endpoint} by {@code caller} with the number of records.
     */
    public <T> PartnerPage<T> served(JsonWebToken caller, String endpoint, String from, String until, int page, int size,
                                     Fetch<T> fetch) {
        PartnerQuery query = PartnerQuery.of(from, until, page, size, Instant.now(clock));
        PartnerPage<T> answer = PartnerPage.of(fetch.fetch(query.from(), query.until(), query.offset(), query.size() + 1), query);
        record(caller, endpoint, query.filter(), answer.items().size());
        return answer;
    }

    /** The log for supervisors: entries read in the range, newest first, a page of them. */
    @Transactional
    public PartnerPage<PartnerRead> log(String from, String until, int page, int size) {
        PartnerQuery query = PartnerQuery.of(from, until, page, size, Instant.now(clock));
        return PartnerPage.of(list(query.from(), query.until(), query.offset(), query.size() + 1), query);
    }

    private List<PartnerRead> list(Instant from, Instant until, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, read_at, account, organisation, endpoint, filter, records "
                        + "from partner_read where read_at >= ?1 and read_at < ?2 order by read_at desc, id desc")
                .setParameter(1, from)
                .setParameter(2, until)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new PartnerRead(((Number) r[0]).longValue(), Rows.instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue())).toList();
    }

    /**
     * Deletes at most {@code limit} entries read before {@code before}, oldest first, in the caller's transaction; their
     * ids. A {@link vn.laocai.gate.support.privacy.RetentionRuns.Eraser}: the entries name people's accounts, so
     * nothing of them is kept ({@code erased} is not needed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> deleteBefore(Instant before, String erased, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from partner_read where read_at < ?1 order by read_at "
                        + "limit ?2 for update skip locked")
                .setParameter(1, before)
                .setParameter(2, limit)
                .getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from partner_read where id in (?1)")
                    .setParameter(1, ids.stream().map(Number::longValue).toList()).executeUpdate();
        }
        return ids.stream().map(Number::longValue).toList();
    }
}
