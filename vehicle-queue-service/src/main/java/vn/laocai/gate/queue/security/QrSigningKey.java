package vn.laocai.gate.queue.security;

import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.HashUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EC P-256 key of the booking QRs as a JWK whose {@code kid} is the start of its RFC 7638 thumbprint,
 * so that a key's id follows from the key and a rotation needs no naming. Read from PEM: a signing key
 * file holds the private key ({@code PRIVATE KEY}, PKCS #8) and its public key ({@code PUBLIC KEY}), as
 * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out qr.pem && openssl pkey -in qr.pem -pubout >> qr.pem}
 * writes it; a retired key's file holds its public key only.
 */
public final class QrSigningKey {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    /** Characters of the thumbprint kept as {@code kid}: 48 bits tell apart the few keys a gate ever publishes, and keep the QR small. */
    private static final int KID_LENGTH = 8;

    private final EllipticCurveJsonWebKey jwk;

    private QrSigningKey(ECPublicKey publicKey, PrivateKey privateKey) {
        if (!EllipticCurves.P_256.equals(EllipticCurves.getName(publicKey.getParams().getCurve()))) {
            throw new IllegalArgumentException("a QR key is an EC P-256 key (ES256)");
        }
        jwk = new EllipticCurveJsonWebKey(publicKey);
        jwk.setPrivateKey(privateKey);
        jwk.setAlgorithm("ES256");
        jwk.setUse("sig");
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256).substring(0, KID_LENGTH));
    }

    /** A key pair drawn now (tests, and the local stack's first start). */
    public static QrSigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new QrSigningKey((ECPublicKey) pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signing key of {@code file}: its private key and the public key that goes with it (checked by a signature). */
    public static QrSigningKey readSigningKey(Path file) {
        byte[] privateDer = block(file, "PRIVATE KEY");
        byte[] publicDer = block(file, "PUBLIC KEY");
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            QrSigningKey key = new QrSigningKey((ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(publicDer)),
                    ec.generatePrivate(new PKCS8EncodedKeySpec(privateDer)));
            key.checkPair(file);
            return key;
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("not an EC P-256 key pair in " + file, e);
        }
    }

    /** A retired key of {@code file} (its public key only): QRs it signed verify until they expire. */
    public static QrSigningKey readPublicKey(Path file) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(block(file, "PUBLIC KEY")));
            return new QrSigningKey((ECPublicKey) key, null);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("not an EC P-256 public key in " + file, e);
        }
    }

    /** This key as the PEM of a signing key file: private key, then public key. */
    public String toPem() {
        return pem("PRIVATE KEY", jwk.getPrivateKey().getEncoded()) + pem("PUBLIC KEY", jwk.getPublicKey().getEncoded());
    }

    public String kid() {
        return jwk.getKeyId();
    }

    boolean canSign() {
        return jwk.getPrivateKey() != null;
    }

    EllipticCurveJsonWebKey jwk() {
        return jwk;
    }

    private void checkPair(Path file) throws GeneralSecurityException {
        byte[] probe = "qr-key-check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(jwk.getPrivateKey());
        signer.update(probe);
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(jwk.getPublicKey());
        verifier.update(probe);
        if (!verifier.verify(signer.sign())) {
            throw new IllegalStateException("the public key in " + file + " is not the private key's");
        }
    }

    private static byte[] block(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the QR key " + file, e);
        }
        Matcher m = PEM.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
            if (m.group(1).equals(label)) {
                return Base64.getMimeDecoder().decode(m.group(2).strip());
            }
        }
        throw new IllegalStateException("no " + label + " in the QR key " + file + " (found: " + found + ")");
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
