package vn.laocai.gate.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How an audit entry is hashed, and nothing else: the entry's fields and the previous entry's hash,
 * in one canonical form (a JSON array), through HMAC-SHA256 under the service's audit key, or
 * SHA-256 when no key is configured. With a key, whoever can edit the table but does not hold the
 * key cannot rewrite the chain so that it verifies again; without one, any edit that is not followed
 * by recomputing every later hash still shows.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final byte[] key;

    private AuditChain(byte[] key) {
        this.key = key;
    }

    /** A chain keyed by {@code key} when it is present and not blank, else an unkeyed one. */
    public static AuditChain of(Optional<String> key) {
        return key.filter(k -> !k.isBlank())
                .map(k -> new AuditChain(k.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> new AuditChain(null));
    }

    public boolean keyed() {
        return key != null;
    }

    /** The instant as stored: PostgreSQL keeps microseconds, so that is what is hashed. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Details as canonical JSON: an object with its keys sorted, at every depth of maps. */
    public static String canonicalDetails(Map<String, ?> details) {
        try {
            return CANONICAL.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The hash of an entry with these fields after {@code previousHash}, keyed as this chain is. */
    public String hash(long seq, Instant recordedAt, String actor, String action, String subject, String reason,
                       String details, String previousHash) {
        return hash(keyed(), seq, recordedAt, actor, action, subject, reason, details, previousHash);
    }

    /** Recomputes the hash of a stored entry; empty when it is keyed and this chain holds no key. */
    public Optional<String> rehash(AuditEntry e) {
        if (e.keyed() && !keyed()) {
            return Optional.empty();
        }
        return Optional.of(hash(e.keyed(), e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.reason(),
                e.details(), e.previousHash()));
    }

    private String hash(boolean withKey, long seq, Instant recordedAt, String actor, String action, String subject,
                        String reason, String details, String previousHash) {
        byte[] content = canonical(seq, recordedAt, actor, action, subject, reason, details, previousHash);
        try {
            byte[] digest;
            if (withKey) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                digest = mac.doFinal(content);
            } else {
                digest = MessageDigest.getInstance("SHA-256").digest(content);
            }
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 and SHA-256 are part of every Java runtime", e);
        }
    }

    private static byte[] canonical(long seq, Instant recordedAt, String actor, String action, String subject,
                                    String reason, String details, String previousHash) {
        List<Object> fields = Arrays.asList(seq, DateTimeFormatter.ISO_INSTANT.format(stored(recordedAt)), actor, action,
                subject, reason, details, previousHash);
        try {
            return CANONICAL.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and numbers are always JSON", e);
        }
    }

    /** Constant-time comparison of two hashes. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
