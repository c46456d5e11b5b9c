package vn.laocai.gate.support.audit;

import java.time.Instant;

/** Which audit entries to list: each filter optional, newest first, at most {@code limit}. */
public record AuditQuery(String action, String subject, Instant from, Instant until, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    /** Entries of one action in [from, until). */
    public static AuditQuery of(String action, Instant from, Instant until) {
        return new AuditQuery(action, null, from, until, MAX_LIMIT);
    }
}
