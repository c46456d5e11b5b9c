package vn.laocai.gate.customs.agency;

import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentReference;

import java.util.UUID;

/**
 * A request to the National Single Window to verify one electronic certificate named in a
 * declaration (WCO data model: additional document, with its type, identifier and issuer country).
 */
public record CertificateVerificationRequest(
        String submissionId,
        String declarationId,
        int version,
        String customsDeclarationNumber,
        Document document,
        String exporterTaxCode,
        String destinationCountry) {

    /** The additional document: {@code type} CERTIFICATE_OF_ORIGIN (Form E) or PHYTOSANITARY_CERTIFICATE. */
    public record Document(String type, String identifier, String sha256) {
    }

    public static CertificateVerificationRequest of(UUID submissionId, DeclarationSubmitted d, DocumentReference doc) {
        return new CertificateVerificationRequest(submissionId.toString(), d.declarationId(), d.version(),
                d.customsDeclarationNumber(), new Document(doc.type(), doc.number().strip(), doc.sha256()),
                d.declarantTaxCode(), d.destinationCountry());
    }
}
