package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The release note of a cleared consignment: its number ({@code KT2-RN-<year>-<sequence>}), the signed PDF as issued
 * and what the public verification tells of it. The QR code on the note carries the number and a short secret
 * (10 characters of Crockford base32, 50 bits), kept here only as a hash; whoever holds the note (or its QR) can
 * check it, a guessed number alone cannot. Written once, never changed.
 */
@Entity
@Table(name = "release_note")
public class ReleaseNote {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** The length of the secret in the QR. */
    public static final int SECRET_LENGTH = 10;

    @Id
    private UUID id;

    @Column(name = "declaration_id", nullable = false)
    private UUID declarationId;

    @Column(nullable = false)
    private String number;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "cleared_at", nullable = false)
    private Instant clearedAt;

    @Column(name = "customs_declaration_number", nullable = false)
    private String customsDeclarationNumber;

    @Column(nullable = false)
    private String declarant;

    @Column(nullable = false)
    private String consignee;

    /** The vehicles, {@code booking plate} pairs separated by commas. */
    @Column(nullable = false)
    private String vehicles;

    @Column(name = "fee_vnd", nullable = false)
    private long feeVnd;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false)
    private String pdfSha256;

    protected ReleaseNote() {
    }

    /** What the note says, before its PDF is written and signed. */
    public record Summary(UUID declarationId, String number, Instant issuedAt, Instant clearedAt, String customsDeclarationNumber,
                          String declarant, String consignee, String vehicles, long feeVnd, String invoiceNumber) {
    }

    /** A fresh secret for the QR code of a note. */
    public static String newSecret(SecureRandom random) {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(CROCKFORD.charAt(random.nextInt(CROCKFORD.length())));
        }
        return secret.toString();
    }

    public ReleaseNote(Summary summary, String secret, byte[] signedPdf) {
        this.id = UUID.randomUUID();
        this.declarationId = summary.declarationId();
        this.number = summary.number();
        this.secretHash = hash(summary.number(), secret);
        this.issuedAt = summary.issuedAt();
        this.clearedAt = summary.clearedAt();
        this.customsDeclarationNumber = summary.customsDeclarationNumber();
        this.declarant = summary.declarant();
        this.consignee = summary.consignee();
        this.vehicles = summary.vehicles();
        this.feeVnd = summary.feeVnd();
        this.invoiceNumber = summary.invoiceNumber();
        this.pdf = signedPdf.clone();
        this.pdfSha256 = sha256(signedPdf);
    }

    /** Whether {@code secret} (as printed, any case) is this note's: compared in constant time. */
    public boolean opensWith(String secret) {
        if (secret == null) {
            return false;
        }
        byte[] given = hash(number, secret.strip().toUpperCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code file} is byte for byte the note as issued. */
    public boolean isExactly(byte[] file) {
        return MessageDigest.isEqual(sha256(file).getBytes(StandardCharsets.US_ASCII), pdfSha256.getBytes(StandardCharsets.US_ASCII));
    }

    public Summary summary() {
        return new Summary(declarationId, number, issuedAt, clearedAt, customsDeclarationNumber, declarant, consignee, vehicles,
                feeVnd, invoiceNumber);
    }

    public String number() {
        return number;
    }

    public UUID declarationId() {
        return declarationId;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    private static String hash(String number, String secret) {
        return sha256((number + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
