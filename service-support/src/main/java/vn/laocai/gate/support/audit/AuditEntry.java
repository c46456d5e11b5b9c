package vn.laocai.gate.support.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of a service's audit trail: who did what to which subject, when and why, chained to the
 * entry before it by {@code previousHash}. Written once by {@link AuditTrail}, never changed (the
 * database refuses updates and deletes).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    /** Whether {@link #hash} is an HMAC under the service's audit key, or a plain SHA-256. */
    @Column(nullable = false, updatable = false)
    private boolean keyed;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant recordedAt, String actor, String action, String subject, String reason,
               String details, String previousHash, String hash, boolean keyed) {
        this.seq = seq;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.reason = reason;
        this.details = details;
        this.previousHash = previousHash;
        this.hash = hash;
        this.keyed = keyed;
    }

    public long seq() {
        return seq;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String reason() {
        return reason;
    }

    /** The details as canonical JSON (an object with its keys sorted), exactly as hashed. */
    public String details() {
        return details;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    public boolean keyed() {
        return keyed;
    }
}
