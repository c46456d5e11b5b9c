package vn.laocai.gate.clearance.domain;

import java.time.LocalDate;

/**
 * What the check of an e-invoice's XML found: {@code SIGNED_VALID} when the seller's signature covers the invoice data
 * ({@code DLHDon}) and verifies, the tax authority's covers its code ({@code MCCQT}) where there is one, and both signers
 * chain to the trust list; {@code SIGNED_ALTERED} when a signature does not verify (a changed XML) or leaves out what it
 * must cover; {@code SIGNED_UNTRUSTED}, {@code UNSIGNED}, {@code UNREADABLE} as for uploads. The content as read,
 * null when the XML cannot be read.
 */
public record InvoiceCheck(SignatureStatus status, String signer, String problem, Content content) {

    /** The invoice's fields ({@code TTChung}, {@code NBan}, {@code NMua}, {@code TToan}, {@code MCCQT}). */
    public record Content(String template, String symbol, String number, LocalDate issuedOn, String sellerTaxCode, String sellerName,
                          String buyerTaxCode, String buyerName, Long totalVnd, String totalInWords, String taxAuthorityCode) {
    }

    public boolean valid() {
        return status == SignatureStatus.SIGNED_VALID;
    }
}
