package vn.laocai.gate.clearance.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.domain.FeeInvoice;
import vn.laocai.gate.clearance.domain.InvoiceCheck;
import vn.laocai.gate.clearance.domain.SignatureStatus;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readable copy of the simulator's signed e-invoice (einvoice/signed-invoice.xml): its text read back with PDFBox
 * holds the invoice's fields and the labels in Vietnamese and Chinese, set in the fonts service-support ships (the
 * renderer takes no font path: nothing of the machine's fonts is read).
 */
class InvoicePdfTest {

    private final EInvoiceXml invoices = new EInvoiceXml(() -> List.of(EInvoiceXmlTest.ISSUERS));

    @Test
    void the_copy_shows_the_invoices_fields_in_vietnamese_english_and_chinese() throws IOException {
        InvoiceCheck check = invoices.check(EInvoiceXmlTest.XML);
        assertThat(check.status()).isEqualTo(SignatureStatus.SIGNED_VALID);
        FeeInvoice invoice = new FeeInvoice(UUID.randomUUID(), "PAY-5F2A9C31D0E4", "1C26TLC-00000042", EInvoiceXmlTest.XML, check, Instant.now());

        byte[] pdf = new InvoicePdf().render(invoice, check);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("1C26TLC-00000042", "C26TLC", "00000042", "5300100995", "0101234567")
                    .contains(check.content().sellerName())
                    .contains("1.500.000 VND")
                    .contains("Một triệu năm trăm nghìn đồng")
                    .contains(check.content().taxAuthorityCode())
                    .contains("SIGNED_VALID")
                    // the labels: Vietnamese, English, Chinese
                    .contains("Hóa đơn điện tử phí cửa khẩu", "E-invoice of the border-gate fee", "口岸费电子发票")
                    .contains("Đơn vị bán", "Seller", "销售方", "Bằng chữ", "大写金额");
            assertThat(fonts(document)).allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+(DejaVuSans|DroidSansFallback)"))
                    .anySatisfy(name -> assertThat(name).endsWith("DroidSansFallback"));
        }
    }

    @Test
    void an_unreadable_invoice_still_has_a_copy_saying_what_the_check_found() throws IOException {
        InvoiceCheck check = new InvoiceCheck(SignatureStatus.UNREADABLE, null, "the XML cannot be read: lỗi cú pháp", null);
        FeeInvoice invoice = new FeeInvoice(UUID.randomUUID(), "PAY-1", "1C26TLC-00000043", "<HDon", check, Instant.now());

        try (PDDocument document = Loader.loadPDF(new InvoicePdf().render(invoice, check))) {
            assertThat(new PDFTextStripper().getText(document)).contains("1C26TLC-00000043", "UNREADABLE", "lỗi cú pháp", "数字签名")
                    .doesNotContain("VND");
        }
    }

    /** The base names of the fonts the pages use. */
    private static TreeSet<String> fonts(PDDocument document) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName());
            }
        }
        return names;
    }
}
