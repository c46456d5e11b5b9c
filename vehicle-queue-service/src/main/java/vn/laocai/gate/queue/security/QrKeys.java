package vn.laocai.gate.queue.security;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the booking QRs: the one that signs new QRs and the retired ones whose QRs may still be in
 * drivers' hands (they verify until they expire). All their public halves are published as a JWK set
 * ({@link #jwkSetJson()}); the private key never leaves this class.
 */
public final class QrKeys {

    private final QrSigningKey signing;
    private final List<QrSigningKey> all;

    public QrKeys(QrSigningKey signing, List<QrSigningKey> retired) {
        if (!signing.canSign()) {
            throw new IllegalArgumentException("the QR signing key has no private key");
        }
        this.signing = signing;
        List<QrSigningKey> keys = new ArrayList<>(List.of(signing));
        retired.stream().filter(k -> !k.kid().equals(signing.kid())).forEach(keys::add);
        this.all = List.copyOf(keys);
    }

    /** The compact JWS of {@code claims}, signed ES256 by the current key (its {@code kid} in the header). */
    public String sign(QrClaims claims) {
        JwtClaims jwt = new JwtClaims();
        jwt.setStringClaim("b", claims.bookingCode());
        jwt.setStringClaim("p", claims.plate());
        jwt.setClaim("s", claims.slotStart().getEpochSecond());
        jwt.setExpirationTime(NumericDate.fromSeconds(claims.expiresAt().getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setKeyIdHeaderValue(signing.kid());
        jws.setKey(signing.jwk().getPrivateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a QR", e);
        }
    }

    /** The public keys as an RFC 7517 JWK set: what a yard device needs to check QRs offline. */
    public String jwkSetJson() {
        return new JsonWebKeySet(all.stream().map(k -> (JsonWebKey) k.jwk()).toList()).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /** A verifier holding the public keys only, as a device would. */
    public QrVerifier verifier() {
        return QrVerifier.ofJwkSet(jwkSetJson());
    }

    public String currentKid() {
        return signing.kid();
    }
}
