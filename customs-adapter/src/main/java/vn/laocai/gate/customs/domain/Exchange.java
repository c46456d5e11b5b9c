package vn.laocai.gate.customs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One message exchanged with an agency system, kept for audit: which system, which direction,
 * when, the correlation id (the handoff id, which is also the submission id the agency sees), and
 * the SHA-256 of the payload exactly as sent or received. Never changed once written.
 */
@Entity
@Table(name = "agency_exchange")
public class Exchange {

    public enum Direction {
        OUT, IN
    }

    /** What the message was: a submission and its answer, a poll and its answer, a pushed answer. */
    public enum Kind {
        SUBMISSION, SUBMISSION_ANSWER, SUBMISSION_FAILED, POLL, POLL_ANSWER, CALLBACK
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_system", nullable = false, updatable = false)
    private AgencySystem agencySystem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    private String correlationId;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(name = "agency_reference", updatable = false)
    private String agencyReference;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(name = "payload_sha256", nullable = false, updatable = false)
    private String payloadSha256;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String payload;

    @Column(name = "exchanged_at", nullable = false, updatable = false)
    private Instant exchangedAt;

    protected Exchange() {
        // for JPA
    }

    public static Exchange of(AgencySystem system, Direction direction, Kind kind, String correlationId,
                              String subjectId, String agencyReference, Integer httpStatus, String payload, Instant at) {
        Exchange e = new Exchange();
        e.id = UUID.randomUUID();
        e.agencySystem = Objects.requireNonNull(system);
        e.direction = Objects.requireNonNull(direction);
        e.kind = Objects.requireNonNull(kind);
        e.correlationId = Objects.requireNonNull(correlationId);
        e.subjectId = subjectId;
        e.agencyReference = agencyReference;
        e.httpStatus = httpStatus;
        e.payload = payload == null ? "" : payload;
        e.payloadSha256 = sha256(e.payload);
        e.exchangedAt = Objects.requireNonNull(at);
        return e;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public UUID id() {
        return id;
    }

    public AgencySystem agencySystem() {
        return agencySystem;
    }

    public Direction direction() {
        return direction;
    }

    public Kind kind() {
        return kind;
    }

    public String correlationId() {
        return correlationId;
    }

    public String subjectId() {
        return subjectId;
    }

    public String agencyReference() {
        return agencyReference;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String payloadSha256() {
        return payloadSha256;
    }

    public String payload() {
        return payload;
    }

    public Instant exchangedAt() {
        return exchangedAt;
    }
}
