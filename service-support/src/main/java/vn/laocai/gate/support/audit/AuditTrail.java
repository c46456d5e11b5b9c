package vn.laocai.gate.support.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The service's append-only, hash-chained audit trail. {@link #record} appends an entry in the
 * caller's transaction, so it exists exactly when the change it describes committed; entries are
 * numbered 1, 2, 3 … without gaps, each carrying the hash of the one before ({@link AuditChain}).
 * Appending takes a transaction-scoped advisory lock, so entries of concurrent transactions line
 * up one after the other; a transaction's further entries follow the one it appended last (kept with the
 * transaction) without asking the database again; audited actions are officers' and agencies' decisions, a few a second at
 * most. The table ({@code db/support/R__audit_entry.sql}) refuses updates and deletes;
 * {@link #verify} finds the first entry edited or removed by someone who got past that.
 *
 * <p>The key ({@code gate.audit.key}, env {@code GATE_AUDIT_KEY}) makes the chain an HMAC chain:
 * set it in every deployment, from a secret that the database's administrators do not hold.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    /** The longest action code. */
    public static final int ACTION_CODE_LENGTH = 80;
    /** What an action code looks like: upper case, at most {@value #ACTION_CODE_LENGTH} characters. */
    public static final String ACTION_CODE = "[A-Z][A-Z0-9_]{0," + (ACTION_CODE_LENGTH - 1) + "}";
    private static final Pattern ACTION = Pattern.compile(ACTION_CODE);
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('audit_entry'))";
    private static final int BATCH = 1000;
    /** The entry this transaction appended last, under the lock it already holds. */
    private static final Object HEAD = AuditTrail.class.getName() + ".head";

    private final EntityManager em;
    private final Clock clock;
    private final AuditChain chain;
    private final TransactionSynchronizationRegistry transactions;

    public AuditTrail(EntityManager em, Clock clock, TransactionSynchronizationRegistry transactions,
                      @ConfigProperty(name = "gate.audit.key") Optional<String> key) {
        this.em = em;
        this.transactions = transactions;
        this.clock = clock;
        this.chain = AuditChain.of(key);
        if (!chain.keyed()) {
            LOG.warn("gate.audit.key is not set: the audit trail is a plain SHA-256 chain; set GATE_AUDIT_KEY in production");
        }
    }

    /**
     * Appends an entry: {@code actor} (an officer's account, or {@code system:<name>}), {@code action}
     * (an upper-case code such as {@code VEHICLE_HELD}), {@code subject} (the booking code,
     * declaration id … it concerns), {@code reason} as given, and a few {@code details}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String actor, String action, String subject, String reason, Map<String, ?> details) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs its actor");
        }
        if (!isActionCode(action)) {
            throw new IllegalArgumentException("audit action must be an upper-case code, not " + action);
        }
        AuditEntry head = (AuditEntry) transactions.getResource(HEAD);
        if (head == null) {
            em.createNativeQuery(LOCK).getSingleResult();
            List<AuditEntry> last = em.createQuery("from AuditEntry order by seq desc", AuditEntry.class)
                    .setMaxResults(1).getResultList();
            head = last.isEmpty() ? null : last.get(0);
        }
        long seq = head == null ? 1 : head.seq() + 1;
        String previous = head == null ? AuditChain.GENESIS : head.hash();
        Instant at = AuditChain.stored(Instant.now(clock));
        String json = AuditChain.canonicalDetails(details);
        String hash = chain.hash(seq, at, actor, action, subject, reason, json, previous);
        AuditEntry entry = new AuditEntry(seq, at, actor, action, subject, reason, json, previous, hash, chain.keyed());
        em.persist(entry);
        transactions.putResource(HEAD, entry);
        return entry;
    }

    /** Whether {@code action} is an audit action code: upper case, digits and underscores, at most 80. */
    static boolean isActionCode(String action) {
        return action != null && ACTION.matcher(action).matches();
    }

    /** Walks the whole chain from the first entry and reports the first one that is not as written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditVerification verify() {
        ChainWalk walk = new ChainWalk(chain);
        while (true) {
            List<AuditEntry> batch = em.createQuery("from AuditEntry where seq >= :from order by seq", AuditEntry.class)
                    .setParameter("from", walk.expected()).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty() || !batch.stream().allMatch(walk::accept)) {
                return walk.result();
            }
            em.clear();
        }
    }

    /** Entries matching the query, newest first. */
    @Transactional
    public List<AuditEntry> list(AuditQuery query) {
        StringBuilder jpql = new StringBuilder("from AuditEntry e where 1 = 1");
        if (query.action() != null) {
            jpql.append(" and e.action = :action");
        }
        if (query.subject() != null) {
            jpql.append(" and e.subject = :subject");
        }
        if (query.from() != null) {
            jpql.append(" and e.recordedAt >= :from");
        }
        if (query.until() != null) {
            jpql.append(" and e.recordedAt < :until");
        }
        TypedQuery<AuditEntry> q = em.createQuery(jpql.append(" order by e.seq desc").toString(), AuditEntry.class);
        if (query.action() != null) {
            q.setParameter("action", query.action());
        }
        if (query.subject() != null) {
            q.setParameter("subject", query.subject());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.until() != null) {
            q.setParameter("until", query.until());
        }
        return q.setMaxResults(query.limit()).getResultList();
    }
}
