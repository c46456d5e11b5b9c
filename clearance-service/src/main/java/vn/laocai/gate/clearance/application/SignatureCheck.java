package vn.laocai.gate.clearance.application;

/**
 * The outcome of checking a decision's signature: valid, or why not; who signed (the certificate's subject) and
 * who issued the certificate, when it could be read.
 */
public record SignatureCheck(boolean valid, String signer, String issuer, String problem) {

    public static SignatureCheck valid(String signer, String issuer) {
        return new SignatureCheck(true, signer, issuer, null);
    }

    public static SignatureCheck invalid(String signer, String issuer, String problem) {
        return new SignatureCheck(false, signer, issuer, problem);
    }
}
