package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The e-invoice the payment provider issued for a fee payment, as received: its XML (Circular 78/2021's structure, signed
 * by the seller and, once coded, the tax authority), the fields read from it, and what the check of its signatures found
 * on receipt. Kept as received, never changed: a check reads the stored XML again.
 */
@Entity
@Table(name = "fee_invoice")
public class FeeInvoice {

    @Id
    private UUID id;

    @Column(name = "declaration_id", nullable = false)
    private UUID declarationId;

    @Column(name = "payment_reference", nullable = false)
    private String paymentReference;

    @Column(name = "invoice_number", nullable = false)
    private String invoiceNumber;

    @Column(nullable = false)
    private String xml;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status", nullable = false)
    private SignatureStatus signatureStatus;

    @Column(name = "signer")
    private String signer;

    @Column(name = "signature_problem")
    private String signatureProblem;

    @Column(name = "template_code")
    private String template;

    @Column(name = "symbol")
    private String symbol;

    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "seller_tax_code")
    private String sellerTaxCode;

    @Column(name = "seller_name")
    private String sellerName;

    @Column(name = "buyer_tax_code")
    private String buyerTaxCode;

    @Column(name = "buyer_name")
    private String buyerName;

    @Column(name = "total_vnd")
    private Long totalVnd;

    @Column(name = "total_in_words")
    private String totalInWords;

    @Column(name = "tax_authority_code")
    private String taxAuthorityCode;

    protected FeeInvoice() {
    }

    public FeeInvoice(UUID declarationId, String paymentReference, String invoiceNumber, String xml, InvoiceCheck check, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.declarationId = declarationId;
        this.paymentReference = paymentReference;
        this.invoiceNumber = invoiceNumber;
        this.xml = xml;
        this.receivedAt = receivedAt;
        this.signatureStatus = check.status();
        this.signer = check.signer();
        this.signatureProblem = check.problem();
        InvoiceCheck.Content c = check.content();
        if (c != null) {
            template = c.template();
            symbol = c.symbol();
            serialNumber = c.number();
            issuedOn = c.issuedOn();
            sellerTaxCode = c.sellerTaxCode();
            sellerName = c.sellerName();
            buyerTaxCode = c.buyerTaxCode();
            buyerName = c.buyerName();
            totalVnd = c.totalVnd();
            totalInWords = c.totalInWords();
            taxAuthorityCode = c.taxAuthorityCode();
        }
    }

    public UUID declarationId() {
        return declarationId;
    }

    public String paymentReference() {
        return paymentReference;
    }

    /** The number the provider's receipt gave (template, symbol, serial: {@code 1C26TLC-00000042}). */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    public String xml() {
        return xml;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** What the check on receipt found: the signature verified ({@code SIGNED_VALID}) or not. */
    public InvoiceCheck checkOnReceipt() {
        return new InvoiceCheck(signatureStatus, signer, signatureProblem, issuedOn == null && symbol == null ? null
                : new InvoiceCheck.Content(template, symbol, serialNumber, issuedOn, sellerTaxCode, sellerName, buyerTaxCode, buyerName,
                totalVnd, totalInWords, taxAuthorityCode));
    }
}
