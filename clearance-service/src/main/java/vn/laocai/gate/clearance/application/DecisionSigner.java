package vn.laocai.gate.clearance.application;

import vn.laocai.gate.clearance.domain.CanonicalDecision;

/**
 * Signs an officer's decision with the officer's key and checks a signature: the port between the platform and
 * whoever holds the officers' keys. The server signs, on the officer's authenticated request, because the key is
 * held by the platform per officer (no officer carries a key of their own to the gate's terminals, and a key held in
 * a browser would be as safe as the browser): an officer's client never sends a signature it made itself unless it
 * holds such a key, and then the server checks it like any stored one ({@link SignedDecisions}).
 *
 * <p>Implementations: {@code signing.LocalDecisionSigner}, the local stack's and tests' development certificate
 * authority (a certificate per officer, keys in memory). Production replaces it here: a licensed Vietnamese CA's
 * remote-signing service (the officer's key in the CA's HSM, e.g. a CSC API {@code signatures/signHash} call with
 * the officer's credential, authorised by the officer's sign-in), or the CA's PKCS #11 HSM; {@link #verify} then
 * checks the certificate against that CA's chain (its root in the trust list) and its revocation. Not reachable
 * from here.
 */
public interface DecisionSigner {

    /** The detached JWS (ES256) of {@code decision} by its officer, with the officer's certificate. */
    DecisionSignature sign(CanonicalDecision decision);

    /**
     * Whether {@code signature} is a valid signature of exactly {@code decision} by its officer: the JWS verifies with
     * the certificate's key over the canonical bytes, the certificate was issued to the officer by a trusted
     * authority and was valid at the decision's time.
     */
    SignatureCheck verify(CanonicalDecision decision, DecisionSignature signature);
}
