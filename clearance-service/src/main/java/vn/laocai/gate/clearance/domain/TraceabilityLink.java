package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A share link of a consignment's traceability record: an unguessable token (256 random bits) that opens the redacted
 * record without a login until it expires or is revoked. Only the token's SHA-256 is kept; the token itself is shown
 * once, when the link is made.
 */
@Entity
@Table(name = "traceability_link")
public class TraceabilityLink {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a token does not open the record. */
    public enum Refusal { EXPIRED, REVOKED }

    @Id
    private UUID id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private UUID declarationId;

    @Column(name = "token_hash", nullable = false, updatable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The token, known only to the link just made. */
    @Transient
    private String token;

    protected TraceabilityLink() {
    }

    /** A new link of the declaration's record, valid for {@code validity} from now. */
    public static TraceabilityLink create(UUID declarationId, String by, Duration validity, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        TraceabilityLink link = new TraceabilityLink();
        link.id = UUID.randomUUID();
        link.declarationId = declarationId;
        link.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        link.tokenHash = hash(link.token);
        link.createdBy = by;
        link.createdAt = now;
        link.expiresAt = now.plus(validity);
        return link;
    }

    /** SHA-256 of a token, as kept. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why the link does not open the record at {@code now}; null when it does. A revoked link says so even once expired. */
    public Refusal refusalAt(Instant now) {
        if (revokedAt != null) {
            return Refusal.REVOKED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }

    /**
     * Revokes the link; revoking it again changes nothing.
     *
     * @return whether it was revoked now
     */
    public boolean revoke(String by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedBy = by;
        revokedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID declarationId() {
        return declarationId;
    }

    /** The token of a link just made; null for one read back. */
    public String token() {
        return token;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
