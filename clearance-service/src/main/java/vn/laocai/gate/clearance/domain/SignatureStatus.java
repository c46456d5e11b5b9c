package vn.laocai.gate.clearance.domain;

/** What the check of an uploaded file's signatures found ({@link DocumentSignature}). */
public enum SignatureStatus {
    /** Every signature verifies over its bytes, one covers the whole file, and each chains to the trust list. */
    SIGNED_VALID,
    /** A signature does not match the bytes it signed, or the file was changed after the last signature. */
    SIGNED_ALTERED,
    /** The signatures hold over the file, but a signer's certificate does not chain to the trust list (or was not valid then). */
    SIGNED_UNTRUSTED,
    /** No signature: a scan, an image, or a PDF nobody signed. */
    UNSIGNED,
    /** Not a PDF that can be read, or a signature that cannot be parsed. */
    UNREADABLE;

    /** A signature that was there and does not hold: altered, or by someone the trust list does not know. */
    public boolean failed() {
        return this == SIGNED_ALTERED || this == SIGNED_UNTRUSTED;
    }
}
