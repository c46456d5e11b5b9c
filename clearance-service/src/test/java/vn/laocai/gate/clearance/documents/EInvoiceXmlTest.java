package vn.laocai.gate.clearance.documents;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.clearance.domain.InvoiceCheck;
import vn.laocai.gate.clearance.domain.SignatureStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee's e-invoice XML (issued by the agency simulator, einvoice/signed-invoice.xml) verifies, and fails after any
 * change to what its signatures cover: the amount, the buyer, the tax authority's code, a signature's own bytes.
 */
class EInvoiceXmlTest {

    static final String XML = resource("einvoice/signed-invoice.xml");
    static final X509Certificate ISSUERS = certificate();

    private final EInvoiceXml invoices = new EInvoiceXml(() -> List.of(ISSUERS));

    @Test
    void the_issued_invoice_verifies_and_its_fields_are_read() {
        InvoiceCheck check = invoices.check(XML);

        assertThat(check.status()).isEqualTo(SignatureStatus.SIGNED_VALID);
        assertThat(check.problem()).isNull();
        assertThat(check.signer()).contains("CN=5300100995");
        assertThat(check.content().template()).isEqualTo("1");
        assertThat(check.content().symbol()).isEqualTo("C26TLC");
        assertThat(check.content().number()).isEqualTo("00000042");
        assertThat(check.content().totalVnd()).isEqualTo(1_500_000L);
        assertThat(check.content().buyerTaxCode()).isEqualTo("0101234567");
        assertThat(check.content().taxAuthorityCode()).startsWith("M1-").hasSize(34);
    }

    @Test
    void a_changed_amount_buyer_or_tax_authority_code_fails_the_signature() {
        assertAltered(XML.replace("<TgTTTBSo>1500000</TgTTTBSo>", "<TgTTTBSo>150000</TgTTTBSo>"), "seller");
        assertAltered(XML.replace("<MST>0101234567</MST>", "<MST>0101234568</MST>"), "seller");
        String code = XML.substring(XML.indexOf("<MCCQT"), XML.indexOf("</MCCQT>"));
        assertAltered(XML.replace(code, code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0")), "tax authority");
        String value = XML.substring(XML.indexOf("<SignatureValue>") + 16, XML.indexOf("<SignatureValue>") + 26);
        assertAltered(XML.replace(value, new StringBuilder(value).reverse().toString()), "seller");
    }

    @Test
    void a_removed_tax_authority_signature_or_an_unknown_issuer_or_garbage_is_reported() {
        int start = XML.indexOf("<CCQT>");
        String withoutTax = XML.substring(0, start) + "<CCQT/>" + XML.substring(XML.indexOf("</CCQT>") + 7);
        InvoiceCheck removed = invoices.check(withoutTax);
        assertThat(removed.status()).isEqualTo(SignatureStatus.SIGNED_ALTERED);
        assertThat(removed.problem()).contains("MCCQT");

        InvoiceCheck untrusted = new EInvoiceXml(List::of).check(XML);
        assertThat(untrusted.status()).isEqualTo(SignatureStatus.SIGNED_UNTRUSTED);

        assertThat(invoices.check("<HDon><DLHDon Id=\"x\"/></HDon>").status()).isEqualTo(SignatureStatus.UNSIGNED);
        assertThat(invoices.check("not xml").status()).isEqualTo(SignatureStatus.UNREADABLE);
        assertThat(invoices.check("<!DOCTYPE HDon [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><HDon>&x;</HDon>").status())
                .isEqualTo(SignatureStatus.UNREADABLE);
    }

    private void assertAltered(String changed, String whose) {
        assertThat(changed).isNotEqualTo(XML);
        InvoiceCheck check = invoices.check(changed);
        assertThat(check.status()).isEqualTo(SignatureStatus.SIGNED_ALTERED);
        assertThat(check.problem()).contains(whose);
    }

    static String resource(String name) {
        try (InputStream in = EInvoiceXmlTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static X509Certificate certificate() {
        try (InputStream in = EInvoiceXmlTest.class.getClassLoader().getResourceAsStream("einvoice/issuers-ca.pem")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
