package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An officer's decision on a step as it was signed: the fields of its {@link CanonicalDecision}, the detached JWS
 * and the signer's certificate, numbered 1, 2, ... per declaration. Written once, never changed: its check reads
 * what is stored, so a changed field fails it.
 */
@Entity
@Table(name = "signed_decision")
public class SignedDecision {

    @Id
    private UUID id;

    @Column(name = "declaration_id", nullable = false)
    private UUID declarationId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String step;

    @Column(nullable = false)
    private String decision;

    private String reason;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(nullable = false)
    private String officer;

    /** The detached JWS (ES256): header..signature. */
    @Column(nullable = false)
    private String signature;

    /** The signer's X.509 certificate, PEM. */
    @Column(name = "signer_certificate", nullable = false)
    private String signerCertificate;

    protected SignedDecision() {
    }

    public SignedDecision(int number, CanonicalDecision decision, String signature, String signerCertificate) {
        this.id = UUID.randomUUID();
        this.declarationId = decision.caseId();
        this.number = number;
        this.step = decision.step();
        this.decision = decision.decision();
        this.reason = decision.reason();
        this.decidedAt = decision.time();
        this.officer = decision.officer();
        this.signature = signature;
        this.signerCertificate = signerCertificate;
    }

    /** What was signed, rebuilt from what is stored. */
    public CanonicalDecision canonical() {
        return new CanonicalDecision(declarationId, step, decision, reason, decidedAt, officer);
    }

    public int number() {
        return number;
    }

    public String signature() {
        return signature;
    }

    public String signerCertificate() {
        return signerCertificate;
    }
}
