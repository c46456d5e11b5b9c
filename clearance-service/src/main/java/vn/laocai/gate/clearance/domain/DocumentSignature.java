package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * What the check of an uploaded file's signatures found when it was attached: its status, who signed (the subject of
 * the signer's certificate, of the last signature), when (the signing time the signature carries), how many signatures,
 * and in a few words what did not hold.
 */
@Embeddable
public class DocumentSignature {

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status")
    private SignatureStatus status;

    @Column(name = "signature_signer")
    private String signer;

    @Column(name = "signature_signed_at")
    private Instant signedAt;

    @Column(name = "signature_count")
    private Integer count;

    @Column(name = "signature_problem")
    private String problem;

    protected DocumentSignature() {
    }

    public DocumentSignature(SignatureStatus status, String signer, Instant signedAt, int count, String problem) {
        this.status = status;
        this.signer = signer;
        this.signedAt = signedAt;
        this.count = count;
        this.problem = problem;
    }

    /** A file that carries no signature (an image, a scan). */
    public static DocumentSignature unsigned() {
        return new DocumentSignature(SignatureStatus.UNSIGNED, null, null, 0, null);
    }

    /** A file that cannot be read as what it claims to be. */
    public static DocumentSignature unreadable(String problem) {
        return new DocumentSignature(SignatureStatus.UNREADABLE, null, null, 0, problem);
    }

    /** Null on a document attached before signatures were checked, and on a code without a file. */
    public SignatureStatus status() {
        return status;
    }

    public String signer() {
        return signer;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public int count() {
        return count == null ? 0 : count;
    }

    public String problem() {
        return problem;
    }
}
