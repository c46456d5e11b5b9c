package vn.laocai.gate.simulator.issuing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.laocai.gate.devpki.DevCertificateAuthority;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signed certificates for test data, as the issuing agencies send them through the Single Window: an e-C/O (Form E) of
 * the Ministry of Industry and Trade's issuing office, an e-Phyto of the Plant Protection Department, a health certificate.
 * A one-page PDF signed with PDFBox and a CMS signature (adbe.pkcs7.detached, BouncyCastle) by the agency's certificate
 * from the simulated issuers' CA, the whole file covered.
 */
public final class CertificatePdfs {

    /** The kinds the simulator issues, by the document type clearance-service names them with. */
    public enum Kind {
        CERTIFICATE_OF_ORIGIN("Certificate of origin Form E (ACFTA)", "C=VN,O=Ministry of Industry and Trade (simulated),CN=Import-Export Office Lao Cai"),
        PHYTOSANITARY_CERTIFICATE("Phytosanitary certificate (e-Phyto)", "C=VN,O=Plant Protection Department (simulated),CN=Plant Quarantine Sub-Department Region 9"),
        HEALTH_CERTIFICATE("Health certificate", "C=VN,O=Ministry of Health (simulated),CN=Lao Cai International Health Quarantine Centre");

        private final String title;
        private final String signer;

        Kind(String title, String signer) {
            this.title = title;
            this.signer = signer;
        }

        public static Kind of(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    private final Map<Kind, DevCertificateAuthority.Issued> signers;

    public CertificatePdfs(DevCertificateAuthority authority) {
        this.signers = Map.of(Kind.CERTIFICATE_OF_ORIGIN, IssuingBeans.signer(authority, Kind.CERTIFICATE_OF_ORIGIN.signer),
                Kind.PHYTOSANITARY_CERTIFICATE, IssuingBeans.signer(authority, Kind.PHYTOSANITARY_CERTIFICATE.signer),
                Kind.HEALTH_CERTIFICATE, IssuingBeans.signer(authority, Kind.HEALTH_CERTIFICATE.signer));
    }

    /** The signed PDF of certificate {@code number} of that kind, for the consignment {@code goods} names. */
    public byte[] issue(Kind kind, String number, String exporter, String goods) {
        byte[] unsigned = page(kind.title, List.of("Number: " + number, "Exporter: " + exporter, "Goods: " + goods,
                "Issued by: " + kind.signer, "Simulated document for tests: not a real certificate."));
        DevCertificateAuthority.Issued signer = signers.get(kind);
        try (PDDocument document = Loader.loadPDF(unsigned)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signer.certificate().getSubjectX500Principal().getName());
            signature.setReason(kind.title + " " + number);
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> cms(content.readAllBytes(), signer));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] page(String title, List<String> lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                text.newLineAtOffset(60, 720);
                text.showText(title);
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                for (String line : lines) {
                    text.newLineAtOffset(0, -24);
                    text.showText(line.replaceAll("[^\\x20-\\x7E]", "?"));
                }
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(byte[] content, DevCertificateAuthority.Issued signer) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the certificate", e);
        }
    }
}
