package vn.laocai.gate.clearance.domain;

/** Checks the signatures an uploaded PDF carries (the port; {@code documents.PdfSignatures} reads them). */
public interface DocumentSignatures {

    /** What the signatures of {@code pdf} say: who signed, whether the file changed after, whether the signers are trusted. */
    DocumentSignature check(byte[] pdf);
}
