package vn.laocai.gate.support.audit;

import java.util.Optional;

/**
 * A walk along an audit chain, entry after entry in sequence order: it stops at the first entry that
 * is missing, does not follow the one before, was downgraded to an unkeyed hash, or no longer gives
 * its hash. Holds no database: {@link AuditTrail#verify} feeds it the stored entries in batches.
 */
final class ChainWalk {

    private final AuditChain chain;
    private long expected = 1;
    private String previous = AuditChain.GENESIS;
    private boolean keyedSeen;
    private AuditVerification broken;

    ChainWalk(AuditChain chain) {
        this.chain = chain;
    }

    /** The next sequence number the walk expects. */
    long expected() {
        return expected;
    }

    /** Checks the next entry; false once the chain is broken (then {@link #result} says where). */
    boolean accept(AuditEntry e) {
        if (broken != null) {
            return false;
        }
        if (e.seq() != expected) {
            String missing = e.seq() - 1 > expected ? "entries " + expected + " to " + (e.seq() - 1) + " are missing"
                    : "entry " + expected + " is missing";
            return fail(expected, AuditVerification.Problem.REMOVED, missing);
        }
        if (!AuditChain.same(e.previousHash(), previous)) {
            return fail(Math.max(1, expected - 1), AuditVerification.Problem.ALTERED, "entry " + e.seq()
                    + " does not follow entry " + (e.seq() - 1) + " as it now reads: one of the two was rewritten");
        }
        if (keyedSeen && !e.keyed()) {
            return fail(e.seq(), AuditVerification.Problem.ALTERED, "entry " + e.seq()
                    + " is unkeyed after keyed entries: it was rewritten without the key");
        }
        Optional<String> hash = chain.rehash(e);
        if (hash.isEmpty()) {
            return fail(e.seq(), AuditVerification.Problem.KEY_MISSING, "entry " + e.seq()
                    + " is keyed and this service holds no audit key to check it");
        }
        if (!AuditChain.same(hash.get(), e.hash())) {
            return fail(e.seq(), AuditVerification.Problem.ALTERED, "entry " + e.seq() + " (" + e.action()
                    + ") no longer matches its hash: its content was edited");
        }
        keyedSeen |= e.keyed();
        previous = e.hash();
        expected++;
        return true;
    }

    AuditVerification result() {
        return broken != null ? broken : AuditVerification.intact(expected - 1, previous, chain.keyed());
    }

    private boolean fail(long seq, AuditVerification.Problem problem, String detail) {
        broken = AuditVerification.broken(expected - 1, seq, problem, detail, previous, chain.keyed());
        return false;
    }
}
