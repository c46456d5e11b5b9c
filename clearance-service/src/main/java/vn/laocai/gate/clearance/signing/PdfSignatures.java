package vn.laocai.gate.clearance.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * PDF signatures as PAdES baseline B (ETSI EN 319 142-1) with Apache PDFBox and BouncyCastle: a signature dictionary
 * with sub-filter {@code ETSI.CAdES.detached} whose contents are a detached CMS SignedData over the byte range, with
 * the signed attributes content-type, message-digest and signing-certificate-v2 (ESS, the signer's certificate by its
 * SHA-256 hash and issuer serial) and no signing-time (PAdES puts the claimed time in the dictionary's {@code M}).
 * The signer's certificate chain travels in the CMS. Shared by every document the platform signs or checks; any
 * standard verifier ({@code pdfsig}, Adobe Reader, the EU DSS) reads the result.
 */
public final class PdfSignatures {

    /** The PAdES sub-filter. */
    public static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS in the file, in bytes: a chain of a few certificates and the signature. */
    private static final int SIGNATURE_SIZE = 16_384;

    /** Who signs, in the signature dictionary. */
    public record Signer(PrivateKey key, List<X509Certificate> chain, String name, String reason, String location) {
        public Signer {
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a signer needs its certificate");
            }
        }
    }

    /**
     * What the check of a PDF's last signature found: {@code valid} when the CMS verifies over the byte range with the
     * certificate it names, the byte range covers the whole file, the signing-certificate-v2 names that certificate and
     * (when a trust anchor is given) the certificate was issued by it and valid at the claimed signing time.
     */
    public record Check(boolean valid, String signer, String issuer, String subFilter, Instant signedAt, String problem) {
        static Check invalid(String signer, String issuer, String subFilter, Instant signedAt, String problem) {
            return new Check(false, signer, issuer, subFilter, signedAt, problem);
        }
    }

    private PdfSignatures() {
    }

    /** {@code pdf} signed by {@code signer} at {@code time}, as an incremental update of the file. */
    public static byte[] sign(byte[] pdf, Signer signer, Instant time) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(signer.name());
            signature.setReason(signer.reason());
            signature.setLocation(signer.location());
            Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            at.setTime(Date.from(time));
            signature.setSignDate(at);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, signer), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the document", e);
        }
    }

    /**
     * The check of the last signature of {@code pdf}; {@code trusted} is the authority the signer's certificate must be
     * issued by ({@code null}: any, the signature alone is checked).
     */
    public static Check verify(byte[] pdf, X509Certificate trusted) {
        PDSignature signature;
        byte[] contents;
        byte[] signedContent;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Check.invalid(null, null, null, null, "the document is not signed");
            }
            signature = signatures.get(signatures.size() - 1);
            contents = signature.getContents(pdf);
            signedContent = signature.getSignedContent(pdf);
        } catch (IOException | RuntimeException e) {
            return Check.invalid(null, null, null, null, "the document cannot be read as a signed PDF");
        }
        String subFilter = signature.getSubFilter();
        Instant signedAt = Optional.ofNullable(signature.getSignDate()).map(c -> c.toInstant()).orElse(null);
        int[] range = signature.getByteRange();
        boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                return Check.invalid(null, null, subFilter, signedAt, "the signature does not carry its certificate");
            }
            X509CertificateHolder certificate = (X509CertificateHolder) matches.iterator().next();
            String signer = certificate.getSubject().toString();
            String issuer = certificate.getIssuer().toString();
            if (!ETSI_CADES_DETACHED.getName().equals(subFilter)) {
                return Check.invalid(signer, issuer, subFilter, signedAt, "the signature is not PAdES (sub-filter " + subFilter + ")");
            }
            if (!whole) {
                return Check.invalid(signer, issuer, subFilter, signedAt, "the signature does not cover the whole document");
            }
            if (!namesItsCertificate(info, certificate)) {
                return Check.invalid(signer, issuer, subFilter, signedAt, "the signing-certificate-v2 attribute does not name the signer's certificate");
            }
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return Check.invalid(signer, issuer, subFilter, signedAt, "the signature does not match the document");
            }
            if (trusted != null) {
                if (!certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(trusted))) {
                    return Check.invalid(signer, issuer, subFilter, signedAt, "the certificate was not issued by the trusted authority");
                }
                if (signedAt == null || !certificate.isValidOn(Date.from(signedAt))) {
                    return Check.invalid(signer, issuer, subFilter, signedAt, "the certificate was not valid at the signing time");
                }
            }
            return new Check(true, signer, issuer, subFilter, signedAt, null);
        } catch (CMSException e) {
            return Check.invalid(null, null, subFilter, signedAt, "the signature does not match the document");
        } catch (OperatorCreationException | GeneralSecurityException | IOException | org.bouncycastle.cert.CertException | RuntimeException e) {
            return Check.invalid(null, null, subFilter, signedAt, "the signature cannot be checked: " + e.getMessage());
        }
    }

    private static boolean namesItsCertificate(SignerInformation info, X509CertificateHolder certificate) throws IOException, GeneralSecurityException {
        AttributeTable signed = info.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        SigningCertificateV2 v2 = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return Arrays.stream(v2.getCerts()).anyMatch(id -> MessageDigest.isEqual(id.getCertHash(), hash));
    }

    private static byte[] cms(InputStream content, Signer signer) throws IOException {
        try {
            X509Certificate certificate = signer.chain().get(0);
            ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm(signer.key())).build(signer.key());
            ESSCertIDv2 id = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                            certificate.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(id))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(new AttributeTable(attributes)))
                    .build(contentSigner, certificate));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot make the CMS signature", e);
        }
    }

    private static String algorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("no PAdES signature with a " + key.getAlgorithm() + " key here");
        };
    }

    /** The standard signed attributes less signing-time, which PAdES baseline signatures do not carry. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {
        PadesAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
