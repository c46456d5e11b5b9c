package vn.laocai.gate.clearance.application;

/** A detached JWS (RFC 7515 appendix F: {@code header..signature}) and the signer's X.509 certificate in PEM. */
public record DecisionSignature(String jws, String certificatePem) {
}
