package vn.laocai.gate.clearance.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.DocumentSignature;
import vn.laocai.gate.clearance.domain.DocumentSignatures;
import vn.laocai.gate.clearance.domain.SignatureStatus;

import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads every signature of an uploaded PDF (PDFBox) and checks it (BouncyCastle): the CMS signature over the bytes its
 * byte range names, whether one signature covers the whole file (bytes appended after the last one, an incremental
 * update, mean the document changed after signing), and whether each signer's certificate chains, at its signing time,
 * to a certificate authority of the trust list ({@code gate.clearance.documents.trust-list}). Revocation is not checked
 * here: the issuing agencies' status services (OCSP of a licensed Vietnamese CA) are not reachable from this platform.
 */
@ApplicationScoped
public class PdfSignatures implements DocumentSignatures {

    private final Supplier<List<X509Certificate>> trustList;

    @Inject
    public PdfSignatures(ClearanceConfig config) {
        this(() -> TrustList.read(config.documents().trustList().orElse(null)));
    }

    /** {@code trustList} is read at every check: a changed trust list counts from the next upload, without a restart. */
    PdfSignatures(Supplier<List<X509Certificate>> trustList) {
        this.trustList = trustList;
    }

    /** One signature as checked. */
    private record Checked(SignatureStatus status, String signer, Instant signedAt, String problem) {
    }

    @Override
    public DocumentSignature check(byte[] pdf) {
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException | RuntimeException e) {
            return DocumentSignature.unreadable("not a PDF that can be read: " + e.getMessage());
        }
        if (signatures.isEmpty()) {
            return DocumentSignature.unsigned();
        }
        List<Checked> checked = new ArrayList<>();
        boolean coversAll = false;
        for (PDSignature signature : signatures) {
            int[] range = signature.getByteRange();
            if (range != null && range.length == 4 && (long) range[2] + range[3] == pdf.length) {
                coversAll = true;
            }
            checked.add(check(signature, range, pdf));
        }
        Checked last = checked.get(checked.size() - 1);
        Checked worst = checked.stream().filter(c -> c.status() == SignatureStatus.SIGNED_ALTERED).findFirst()
                .or(() -> checked.stream().filter(c -> c.status() == SignatureStatus.SIGNED_UNTRUSTED).findFirst()).orElse(last);
        if (!coversAll && worst.status() != SignatureStatus.SIGNED_ALTERED) {
            worst = new Checked(SignatureStatus.SIGNED_ALTERED, last.signer(), last.signedAt(),
                    "the document changed after signing: bytes after the last signature are not signed");
        }
        return new DocumentSignature(worst.status(), last.signer(), last.signedAt(), checked.size(), worst.problem());
    }

    private Checked check(PDSignature signature, int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1] || range[3] < 0
                || (long) range[2] + range[3] > pdf.length) {
            return new Checked(SignatureStatus.SIGNED_ALTERED, null, null, "its byte range does not lie within the file");
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), signature.getContents(pdf));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Checked(SignatureStatus.SIGNED_ALTERED, null, null, "a signature with " + signers.size() + " signers");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Checked(SignatureStatus.SIGNED_ALTERED, null, null, "the signer's certificate is not in the signature");
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(matches.iterator().next());
            String subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
            Instant signedAt = signingTime(signer, signature);
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return new Checked(SignatureStatus.SIGNED_ALTERED, subject, signedAt, "the signed bytes do not match the signature");
            }
            List<X509Certificate> carried = new ArrayList<>();
            for (Object holder : cms.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate((X509CertificateHolder) holder));
            }
            String untrusted = TrustList.chainProblem(trustList.get(), certificate, carried, signedAt);
            return untrusted == null ? new Checked(SignatureStatus.SIGNED_VALID, subject, signedAt, null)
                    : new Checked(SignatureStatus.SIGNED_UNTRUSTED, subject, signedAt, untrusted);
        } catch (CMSException e) {
            return new Checked(SignatureStatus.SIGNED_ALTERED, null, null, "the signed bytes do not match the signature: " + e.getMessage());
        } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            return new Checked(SignatureStatus.SIGNED_ALTERED, null, null, "its signature cannot be read: " + e.getMessage());
        }
    }

    private static Instant signingTime(SignerInformation signer, PDSignature signature) {
        Attribute attribute = signer.getSignedAttributes() == null ? null : signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute != null && attribute.getAttrValues().size() > 0) {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        }
        return signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    }
}
