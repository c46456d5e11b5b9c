package vn.laocai.gate.clearance.domain;

/** Reads an e-invoice's XML and checks its signatures (the port; {@code documents.EInvoiceXml} does it). */
public interface InvoiceVerifier {

    InvoiceCheck check(String xml);
}
