package vn.laocai.gate.simulator.issuing;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's e-invoice: the structure of Circular 78/2021's XML, both signatures valid with the JDK's XML-DSig.
 * With {@code -Dgate.invoice.fixture.write=true} it writes the invoice and the CA certificate clearance-service's tests
 * read ({@code clearance-service/src/test/resources/einvoice}).
 */
class EInvoiceIssuerTest {

    static final vn.laocai.gate.devpki.DevCertificateAuthority AUTHORITY = IssuingBeans.authorityAt(Path.of("target/test-identity/issuing-test-ca"));

    @Test
    void an_issued_invoice_has_the_circular_78_structure_and_both_signatures_verify() throws Exception {
        // issued now: its certificates, made now, are valid on its date
        Instant now = Instant.now();
        String xml = new EInvoiceIssuer(AUTHORITY).issue(new EInvoiceIssuer.Invoice("1", "C26TLC", 42, now,
                "0101234567", "Công ty TNHH Nông sản Lào Cai", "Phí sử dụng kết cấu hạ tầng cửa khẩu Kim Thành", 1_500_000, "PAY-5F2A9C31D0E4"));
        Document document = parse(xml);

        assertThat(text(document, "KHMSHDon")).isEqualTo("1");
        assertThat(text(document, "KHHDon")).isEqualTo("C26TLC");
        assertThat(text(document, "SHDon")).isEqualTo("00000042");
        assertThat(text(document, "NLap")).isEqualTo(now.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString());
        assertThat(text(document, "TgTTTBSo")).isEqualTo("1500000");
        assertThat(text(document, "TgTTTBChu")).isEqualTo("Một triệu năm trăm nghìn đồng");
        assertThat(text(document, "MCCQT")).hasSize(34).startsWith("M1-");
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        assertThat(signatures.getLength()).isEqualTo(2);
        for (int i = 0; i < signatures.getLength(); i++) {
            assertThat(valid(document, (Element) signatures.item(i))).isTrue();
        }

        document.getElementsByTagName("TgTTTBSo").item(0).setTextContent("150000");
        assertThat(valid(document, (Element) signatures.item(0))).isFalse();

        if (Boolean.getBoolean("gate.invoice.fixture.write")) {
            Path fixtures = Path.of("../clearance-service/src/test/resources/einvoice");
            Files.createDirectories(fixtures);
            Files.writeString(fixtures.resolve("signed-invoice.xml"), xml);
            Files.writeString(fixtures.resolve("issuers-ca.pem"), "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(AUTHORITY.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n");
        }
    }

    @Test
    void amounts_read_in_vietnamese_words() {
        assertThat(VietnameseAmount.inWords(100_000)).isEqualTo("Một trăm nghìn đồng");
        assertThat(VietnameseAmount.inWords(4_000_000)).isEqualTo("Bốn triệu đồng");
        assertThat(VietnameseAmount.inWords(1_305_000)).isEqualTo("Một triệu ba trăm linh năm nghìn đồng");
        assertThat(VietnameseAmount.inWords(215_000)).isEqualTo("Hai trăm mười lăm nghìn đồng");
    }

    private static boolean valid(Document document, Element signature) throws Exception {
        DOMValidateContext context = new DOMValidateContext(new javax.xml.crypto.KeySelector() {
            @Override
            public javax.xml.crypto.KeySelectorResult select(javax.xml.crypto.dsig.keyinfo.KeyInfo keyInfo, Purpose purpose,
                                                             javax.xml.crypto.AlgorithmMethod method, javax.xml.crypto.XMLCryptoContext context) {
                X509Certificate certificate = (X509Certificate) ((javax.xml.crypto.dsig.keyinfo.X509Data) keyInfo.getContent().get(0)).getContent().get(0);
                return certificate::getPublicKey;
            }
        }, signature);
        Element data = (Element) document.getElementsByTagName("DLHDon").item(0);
        data.setIdAttribute("Id", true);
        ((Element) document.getElementsByTagName("MCCQT").item(0)).setIdAttribute("Id", true);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document document, String name) {
        return document.getElementsByTagName(name).item(0).getTextContent();
    }
}
