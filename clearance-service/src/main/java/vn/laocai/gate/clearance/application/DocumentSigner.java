package vn.laocai.gate.clearance.application;

import java.time.Instant;

/**
 * Signs the documents the platform issues (release notes) with the platform's own key, as PAdES baseline B PDF
 * signatures, and checks them: the port between the platform and whoever holds its key.
 *
 * <p>Implementations: {@code signing.LocalDocumentSigner}, the local stack's and tests' development certificate
 * authority issuing the platform a certificate. Production replaces it: a licensed Vietnamese CA's certificate for the
 * border gate's management board (an organisation certificate), its key in the CA's remote-signing service (CSC API
 * {@code signatures/signHash} over the CMS signed attributes) or in a PKCS #11 HSM; {@link #verify} then chains to
 * that CA's root in the trust list, with revocation. The PDF and CMS work stays in {@code signing.PdfSignatures}.
 */
public interface DocumentSigner {

    /** {@code pdf} signed by the platform at {@code time} (PAdES B-B, sub-filter ETSI.CAdES.detached). */
    byte[] sign(byte[] pdf, String reason, Instant time);

    /**
     * Whether the last signature of {@code pdf} is intact, covers the whole file and was made with a certificate the
     * trusted authority issued, valid at the signing time.
     */
    SignatureCheck verify(byte[] pdf);
}
