package vn.laocai.gate.simulator.issuing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.laocai.gate.devpki.DevCertificateAuthority;

import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

/**
 * Issues the e-invoice of a payment as Circular 78/2021 and the General Department of Taxation's XML format describe it:
 * {@code HDon} holding the invoice data {@code DLHDon} (general part {@code TTChung}: template {@code KHMSHDon}, symbol
 * {@code KHHDon}, number {@code SHDon}, date {@code NLap}; content {@code NDHDon}: seller {@code NBan} and buyer
 * {@code NMua} with their tax codes {@code MST}, the lines {@code DSHHDVu}, the totals {@code TToan}), the tax authority's
 * code {@code MCCQT} and the signatures {@code DSCKS}. The seller signs {@code DLHDon} (XML-DSig, ECDSA-SHA256, its
 * certificate in {@code KeyInfo}); the tax authority, which gives the code, signs the whole invoice but its own signature
 * (enveloped). Both keys are issued by the simulated issuers' CA.
 */
public final class EInvoiceIssuer {

    private static final ZoneId GATE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The seller whose invoices these are: the collecting unit of the border gate's fee. */
    public static final String SELLER_NAME = "Ban Quản lý Khu kinh tế tỉnh Lào Cai (mô phỏng)";
    public static final String SELLER_TAX_CODE = "5300100995";

    /** What an invoice says. {@code symbol} is KHHDon (e.g. C26TLC), {@code number} SHDon. */
    public record Invoice(String template, String symbol, long number, Instant issuedAt, String buyerTaxCode, String buyerName,
                          String description, long amountVnd, String paymentReference) {
    }

    private final DevCertificateAuthority.Issued seller;
    private final DevCertificateAuthority.Issued taxAuthority;

    public EInvoiceIssuer(DevCertificateAuthority authority) {
        this.seller = IssuingBeans.signer(authority, "C=VN,O=" + SELLER_NAME + ",CN=" + SELLER_TAX_CODE);
        this.taxAuthority = IssuingBeans.signer(authority, "C=VN,O=Tong cuc Thue (mo phong),CN=Tax authority e-invoice service (simulated)");
    }

    /** The signed XML of {@code invoice}. */
    public String issue(Invoice invoice) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().newDocument();
            Element root = xml.createElement("HDon");
            xml.appendChild(root);
            Element data = child(root, "DLHDon", null);
            data.setAttribute("Id", "DLHDon");
            data.setIdAttribute("Id", true);
            Element general = child(data, "TTChung", null);
            child(general, "PBan", "2.1.0");
            child(general, "THDon", "HÓA ĐƠN GIÁ TRỊ GIA TĂNG");
            child(general, "KHMSHDon", invoice.template());
            child(general, "KHHDon", invoice.symbol());
            child(general, "SHDon", String.format("%08d", invoice.number()));
            LocalDate day = invoice.issuedAt().atZone(GATE_ZONE).toLocalDate();
            child(general, "NLap", day.toString());
            child(general, "DVTTe", "VND");
            child(general, "TGia", "1");
            child(general, "HTTToan", "Chuyển khoản");
            child(general, "MSTTCGP", SELLER_TAX_CODE);
            Element content = child(data, "NDHDon", null);
            Element sellerPart = child(content, "NBan", null);
            child(sellerPart, "Ten", SELLER_NAME);
            child(sellerPart, "MST", SELLER_TAX_CODE);
            child(sellerPart, "DChi", "Cửa khẩu Kim Thành, phường Cốc Lếu, tỉnh Lào Cai");
            Element buyer = child(content, "NMua", null);
            child(buyer, "Ten", invoice.buyerName());
            child(buyer, "MST", invoice.buyerTaxCode());
            Element lines = child(content, "DSHHDVu", null);
            Element line = child(lines, "HHDVu", null);
            child(line, "TChat", "1");
            child(line, "STT", "1");
            child(line, "THHDVu", invoice.description());
            child(line, "DVTinh", "Lượt");
            child(line, "SLuong", "1");
            child(line, "DGia", Long.toString(invoice.amountVnd()));
            child(line, "ThTien", Long.toString(invoice.amountVnd()));
            child(line, "TSuat", "KCT");
            Element totals = child(content, "TToan", null);
            child(totals, "TgTCThue", Long.toString(invoice.amountVnd()));
            child(totals, "TgTThue", "0");
            child(totals, "TgTTTBSo", Long.toString(invoice.amountVnd()));
            child(totals, "TgTTTBChu", VietnameseAmount.inWords(invoice.amountVnd()));
            Element code = child(root, "MCCQT", taxAuthorityCode(invoice));
            code.setAttribute("Id", "MCCQT");
            code.setIdAttribute("Id", true);
            Element signatures = child(root, "DSCKS", null);
            Element sellerSignature = child(signatures, "NBan", null);
            Element taxSignature = child(signatures, "CCQT", null);
            sign(new DOMSignContext(seller.key(), sellerSignature), "#DLHDon", false, seller);
            sign(new DOMSignContext(taxAuthority.key(), taxSignature), "", true, taxAuthority);
            return text(xml);
        } catch (ParserConfigurationException | GeneralSecurityException | javax.xml.crypto.MarshalException
                 | javax.xml.crypto.dsig.XMLSignatureException | TransformerException e) {
            throw new IllegalStateException("cannot issue e-invoice " + invoice.symbol() + " " + invoice.number(), e);
        }
    }

    /** The tax authority's code of an invoice: 34 characters ({@code M1-}, the year, a 28-character code), given with the invoice. */
    static String taxAuthorityCode(Invoice invoice) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((invoice.symbol() + invoice.number() + invoice.paymentReference())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "M1-" + String.valueOf(invoice.issuedAt().atZone(GATE_ZONE).getYear()).substring(2) + "-"
                + HexFormat.of().withUpperCase().formatHex(digest).substring(0, 28);
    }

    private static void sign(DOMSignContext context, String uri, boolean enveloped, DevCertificateAuthority.Issued signer)
            throws GeneralSecurityException, javax.xml.crypto.MarshalException, javax.xml.crypto.dsig.XMLSignatureException {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        List<Transform> transforms = enveloped
                ? List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null))
                : List.of(factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
        Reference reference = factory.newReference(uri, factory.newDigestMethod(DigestMethod.SHA256, null), transforms, null, null);
        SignedInfo info = factory.newSignedInfo(factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod(SignatureMethod.ECDSA_SHA256, null), List.of(reference));
        KeyInfoFactory keys = factory.getKeyInfoFactory();
        factory.newXMLSignature(info, keys.newKeyInfo(List.of(keys.newX509Data(List.of(signer.certificate())))))
                .sign(context);
    }

    private static Element child(Element parent, String name, String text) {
        Element element = parent.getOwnerDocument().createElement(name);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    private static String text(Document xml) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        javax.xml.transform.Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(xml), new StreamResult(out));
        return out.toString();
    }
}
