package vn.laocai.gate.clearance.documents;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.clearance.domain.FeeInvoice;
import vn.laocai.gate.clearance.domain.InvoiceCheck;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.pdf.PrintedDocument;
import vn.laocai.gate.support.pdf.Trilingual;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The readable copy of a fee e-invoice: an A4 page, each field labelled in Vietnamese, English and Chinese (texts
 * {@code invoice.*} of the message catalogues), its values as the XML has them, and what the check of its signatures
 * found. The XML stays the invoice; this copy says so. Written as every printed page of the platform
 * ({@link PrintedDocument}, with the fonts service-support ships: Vietnamese and Chinese show on any machine).
 */
@ApplicationScoped
public class InvoicePdf {

    /** The PDF of {@code invoice} with {@code check}, the check of its stored XML now. */
    public byte[] render(FeeInvoice invoice, InvoiceCheck check) {
        Trilingual t = new Trilingual(PlatformTexts.catalogue());
        try (PrintedDocument page = PrintedDocument.a4("E-invoice " + invoice.invoiceNumber(), invoice.paymentReference())) {
            page.title(t.text("invoice.title"))
                    .small(t.text("invoice.copy-note") + " " + invoice.invoiceNumber())
                    .rule();
            fields(check).forEach((field, value) -> page.field(t.text("invoice." + field), value));
            if (check.problem() != null) {
                page.rule().small(check.problem());
            }
            return page.toBytes();
        }
    }

    /** The fields by their catalogue names, in the order of the invoice; only the signature when the XML cannot be read. */
    private static Map<String, String> fields(InvoiceCheck check) {
        Map<String, String> fields = new LinkedHashMap<>();
        InvoiceCheck.Content c = check.content();
        if (c != null) {
            fields.put("template", c.template());
            fields.put("symbol", c.symbol());
            fields.put("number", c.number());
            fields.put("date", c.issuedOn() == null ? null : c.issuedOn().toString());
            fields.put("seller", c.sellerName());
            fields.put("seller-tax-code", c.sellerTaxCode());
            fields.put("buyer", c.buyerName());
            fields.put("buyer-tax-code", c.buyerTaxCode());
            fields.put("total", c.totalVnd() == null ? null
                    : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(c.totalVnd()) + " VND");
            fields.put("total-in-words", c.totalInWords());
            fields.put("tax-authority-code", c.taxAuthorityCode());
        }
        fields.put("signature", check.status().name() + (check.signer() == null ? "" : " - " + check.signer()));
        return fields;
    }
}
