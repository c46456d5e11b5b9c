package vn.laocai.gate.clearance.signing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The local stack's and tests' certificate authority for officers' signing keys (BouncyCastle): an EC P-256 key
 * and a self-signed CA certificate, made once in a folder ({@code <GATE_HOME>/identity/decision-ca}) and kept, so
 * decisions signed before a restart still verify; it issues each officer an EC P-256 key and a certificate
 * ({@code CN=<officer>}, digital signature and non-repudiation, one year). Never a production CA: its key lies in a
 * file next to the platform. A licensed Vietnamese CA takes its place ({@code application.DecisionSigner}).
 */
final class DevCertificateAuthority {

    private static final String KEY_FILE = "ca-key.pem";
    private static final String CERTIFICATE_FILE = "ca-certificate.pem";
    private static final Duration CA_LIFETIME = Duration.ofDays(3650);
    private static final Duration OFFICER_LIFETIME = Duration.ofDays(365);
    private static final String ORGANISATION = "Kim Thanh border gate (development CA, not for production)";

    /** An officer's key and the certificate issued for it. */
    record Issued(PrivateKey key, X509Certificate certificate) {
    }

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final SecureRandom random = new SecureRandom();

    private DevCertificateAuthority(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    private static final java.util.concurrent.ConcurrentMap<Path, DevCertificateAuthority> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The authority kept in {@code directory}, read (or made) once per process: every signer of the platform shares it. */
    static DevCertificateAuthority at(Path directory) {
        return LOADED.computeIfAbsent(directory.toAbsolutePath().normalize(), DevCertificateAuthority::loadOrCreate);
    }

    /** The authority kept in {@code directory}, made there on first use. */
    static synchronized DevCertificateAuthority loadOrCreate(Path directory) {
        Path keyFile = directory.resolve(KEY_FILE);
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        try {
            if (!Files.exists(keyFile) || !Files.exists(certificateFile)) {
                Files.createDirectories(directory);
                KeyPair pair = ecKeyPair();
                X500Name name = name("Kim Thanh officers' development CA");
                Instant now = Instant.now();
                X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(new SecureRandom()),
                        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(CA_LIFETIME)), name, pair.getPublic())
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                X509Certificate ca = sign(builder, pair.getPrivate());
                Path tmpKey = Files.createTempFile(directory, "ca", ".tmp");
                Path tmpCertificate = Files.createTempFile(directory, "ca", ".tmp");
                Files.writeString(tmpKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(tmpCertificate, pem("CERTIFICATE", ca.getEncoded()));
                Files.move(tmpCertificate, certificateFile, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmpKey, keyFile, StandardCopyOption.ATOMIC_MOVE);
            }
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(keyFile))));
            return new DevCertificateAuthority(key, certificate(Files.readString(certificateFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development CA in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad development CA in " + directory, e);
        }
    }

    /** A new key for {@code officer} and its certificate. */
    Issued issue(String officer) {
        try {
            KeyPair pair = ecKeyPair();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(random),
                    Date.from(now.minus(Duration.ofMinutes(10))), Date.from(now.plus(OFFICER_LIFETIME)), name(officer), pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            return new Issued(pair.getPrivate(), sign(builder, key));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a certificate to " + officer, e);
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    PublicKey publicKey() {
        return certificate.getPublicKey();
    }

    static X509Certificate certificate(String pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der(pem)));
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
