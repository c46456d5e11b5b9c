package vn.laocai.gate.clearance.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.InvoiceCheck;
import vn.laocai.gate.clearance.domain.InvoiceVerifier;
import vn.laocai.gate.clearance.domain.SignatureStatus;

import javax.security.auth.x500.X500Principal;
import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a fee e-invoice's XML (Circular 78/2021's structure: {@code HDon} with {@code DLHDon}, {@code MCCQT} and the
 * signatures {@code DSCKS}) and checks its XML-DSig signatures with the JDK ({@code javax.xml.crypto.dsig}, secure
 * validation on): the seller's ({@code DSCKS/NBan}) must reference the invoice data {@code DLHDon} by its {@code Id} and
 * verify; where the tax authority's code {@code MCCQT} is present, the tax authority's ({@code DSCKS/CCQT}) must cover it
 * (an enveloped signature of the whole invoice, or a reference to its {@code Id}) and verify; each signer's certificate
 * (in {@code KeyInfo}) must chain to the trust list ({@code gate.clearance.documents.trust-list}) on the invoice's date.
 * The XML is parsed with DTDs and external entities refused.
 */
@ApplicationScoped
public class EInvoiceXml implements InvoiceVerifier {

    private final Supplier<List<X509Certificate>> trustList;

    @Inject
    public EInvoiceXml(ClearanceConfig config) {
        this(() -> TrustList.read(config.documents().trustList().orElse(null)));
    }

    EInvoiceXml(Supplier<List<X509Certificate>> trustList) {
        this.trustList = trustList;
    }

    @Override
    public InvoiceCheck check(String xml) {
        Document document;
        try {
            document = parse(xml);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return new InvoiceCheck(SignatureStatus.UNREADABLE, null, "not XML that can be read: " + e.getMessage(), null);
        }
        Element root = document.getDocumentElement();
        Element data = first(root, "DLHDon");
        if (!"HDon".equals(root.getLocalName()) || data == null) {
            return new InvoiceCheck(SignatureStatus.UNREADABLE, null, "not an e-invoice: no HDon/DLHDon", null);
        }
        Element code = first(root, "MCCQT");
        markId(data);
        markId(code);
        InvoiceCheck.Content content = content(data, code);
        Element signatures = first(root, "DSCKS");
        Element sellerSignature = signatures == null ? null : signature(first(signatures, "NBan"));
        if (sellerSignature == null) {
            return new InvoiceCheck(SignatureStatus.UNSIGNED, null, "the seller's signature (DSCKS/NBan) is missing", content);
        }
        Checked seller = verify(sellerSignature, "#" + data.getAttribute("Id"), content);
        if (seller.problem != null) {
            return new InvoiceCheck(seller.status, seller.subject, "the seller's signature: " + seller.problem, content);
        }
        if (code != null) {
            Element taxSignature = signature(first(signatures, "CCQT"));
            if (taxSignature == null) {
                return new InvoiceCheck(SignatureStatus.SIGNED_ALTERED, seller.subject,
                        "the tax authority's code (MCCQT) carries no signature of the tax authority (DSCKS/CCQT)", content);
            }
            Checked tax = verify(taxSignature, "#" + code.getAttribute("Id"), content);
            if (tax.problem != null) {
                return new InvoiceCheck(tax.status, seller.subject, "the tax authority's signature: " + tax.problem, content);
            }
        }
        return new InvoiceCheck(SignatureStatus.SIGNED_VALID, seller.subject, null, content);
    }

    private record Checked(SignatureStatus status, String subject, String problem) {
    }

    /** Checks one signature, which must cover {@code mustCover} (an Id reference) or the whole document (enveloped, URI ""). */
    private Checked verify(Element signature, String mustCover, InvoiceCheck.Content content) {
        List<X509Certificate> carried = new ArrayList<>();
        try {
            DOMValidateContext context = new DOMValidateContext(new CertificateKeys(carried), signature);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature parsed = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            boolean covers = false;
            for (Object reference : parsed.getSignedInfo().getReferences()) {
                String uri = ((Reference) reference).getURI();
                covers |= mustCover.equals(uri) || "".equals(uri);
            }
            if (!covers) {
                return new Checked(SignatureStatus.SIGNED_ALTERED, null, "it does not cover " + mustCover);
            }
            boolean valid = parsed.validate(context);
            String subject = carried.isEmpty() ? null : carried.get(0).getSubjectX500Principal().getName(X500Principal.RFC2253);
            if (!valid) {
                return new Checked(SignatureStatus.SIGNED_ALTERED, subject, "it does not verify: the XML changed after it was signed");
            }
            String untrusted = TrustList.chainProblem(trustList.get(), carried.get(0), carried,
                    content.issuedOn() == null ? null : content.issuedOn().atTime(12, 0).toInstant(ZoneOffset.ofHours(7)));
            return untrusted == null ? new Checked(SignatureStatus.SIGNED_VALID, subject, null)
                    : new Checked(SignatureStatus.SIGNED_UNTRUSTED, subject, untrusted);
        } catch (MarshalException | XMLSignatureException | RuntimeException e) {
            return new Checked(SignatureStatus.SIGNED_ALTERED, null, "it cannot be read: " + e.getMessage());
        }
    }

    /** The key of the certificate a signature's KeyInfo carries; the certificates it carries are kept for the chain. */
    private static final class CertificateKeys extends KeySelector {

        private final List<X509Certificate> carried;

        CertificateKeys(List<X509Certificate> carried) {
            this.carried = carried;
        }

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo != null) {
                for (Object item : keyInfo.getContent()) {
                    if (item instanceof X509Data data) {
                        data.getContent().stream().filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).forEach(carried::add);
                    }
                }
            }
            if (carried.isEmpty()) {
                throw new KeySelectorException("no X.509 certificate in KeyInfo");
            }
            X509Certificate signer = carried.get(0);
            return signer::getPublicKey;
        }
    }

    private static InvoiceCheck.Content content(Element data, Element code) {
        Element general = first(data, "TTChung");
        Element body = first(data, "NDHDon");
        Element seller = body == null ? null : first(body, "NBan");
        Element buyer = body == null ? null : first(body, "NMua");
        Element totals = body == null ? null : first(body, "TToan");
        LocalDate issued;
        try {
            issued = text(general, "NLap") == null ? null : LocalDate.parse(text(general, "NLap"));
        } catch (DateTimeParseException e) {
            issued = null;
        }
        Long total;
        try {
            total = text(totals, "TgTTTBSo") == null ? null : Long.parseLong(text(totals, "TgTTTBSo").strip());
        } catch (NumberFormatException e) {
            total = null;
        }
        return new InvoiceCheck.Content(text(general, "KHMSHDon"), text(general, "KHHDon"), text(general, "SHDon"), issued,
                text(seller, "MST"), text(seller, "Ten"), text(buyer, "MST"), text(buyer, "Ten"), total, text(totals, "TgTTTBChu"),
                code == null ? null : code.getTextContent().strip());
    }

    private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void markId(Element element) {
        if (element != null && element.hasAttribute("Id")) {
            element.setIdAttribute("Id", true);
        }
    }

    private static Element signature(Element holder) {
        if (holder == null) {
            return null;
        }
        NodeList found = holder.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    /** The first child element of {@code parent} with that (unqualified) name. */
    private static Element first(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getNodeName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}
