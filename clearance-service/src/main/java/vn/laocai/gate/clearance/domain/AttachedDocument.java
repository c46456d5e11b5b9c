package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.UUID;

/**
 * A document attached to a declaration: its type, the number printed on it and, for an uploaded
 * file, its name, media type, size, SHA-256 and what the check of its signatures found. The content itself is kept
 * apart ({@link DocumentContentStore}).
 */
@Embeddable
public class AttachedDocument {

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(name = "document_number", nullable = false)
    private String number;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column
    private String sha256;

    @Column(name = "attached_in_version", nullable = false)
    private int attachedInVersion;

    @Column(name = "attached_by", nullable = false)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "verified")
    private Boolean verified;

    @Embedded
    private DocumentSignature signature;

    protected AttachedDocument() {
    }

    public AttachedDocument(UUID documentId, DocumentType type, String number, String fileName, String mediaType,
                            long sizeBytes, String sha256, String attachedBy, Instant attachedAt) {
        this.documentId = documentId;
        this.type = type;
        this.number = number.strip();
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.attachedBy = attachedBy;
        this.attachedAt = attachedAt;
    }

    /** What the check of the file's signatures found, when it was attached. */
    public AttachedDocument signed(DocumentSignature checked) {
        this.signature = checked;
        return this;
    }

    void attachedIn(int version) {
        this.attachedInVersion = version;
    }

    void verified(boolean valid) {
        this.verified = valid;
    }

    public UUID documentId() {
        return documentId;
    }

    public DocumentType type() {
        return type;
    }

    public String number() {
        return number;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public boolean hasFile() {
        return sha256 != null;
    }

    public int attachedInVersion() {
        return attachedInVersion;
    }

    public String attachedBy() {
        return attachedBy;
    }

    public Instant attachedAt() {
        return attachedAt;
    }

    /** What the check of its signatures found; null for a code without a file and for a file attached before they were checked. */
    public DocumentSignature signature() {
        return signature == null || signature.status() == null ? null : signature;
    }

    /** A certificate whose signature must hold ({@link DocumentType#checkedBy()}) and does not. */
    public boolean signatureFailed() {
        return type.checkedBy() != null && signature() != null && signature().status().failed();
    }

    /** What the National Single Window said of it: null before it answered. */
    public Boolean verified() {
        return verified;
    }
}
