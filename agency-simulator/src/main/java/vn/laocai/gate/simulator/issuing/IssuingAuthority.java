package vn.laocai.gate.simulator.issuing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
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
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The simulated issuers' certificate authority: the one CA behind every document the simulator signs (the e-C/O and
 * e-Phyto PDFs of its agencies, the e-invoices of its seller, the tax authority's code on them). An EC P-256 key and a
 * self-signed certificate made once in a folder ({@code <GATE_HOME>/identity/document-issuers-ca}) and kept, so that
 * clearance-service's trust list ({@code gate.clearance.documents.trust-list}) names its {@code ca-certificate.pem}.
 * A development CA: real documents are signed by the agencies' and the seller's licensed CAs.
 */
public final class IssuingAuthority {

    /** The file of the CA certificate in its folder, the one a trust list names. */
    public static final String CERTIFICATE_FILE = "ca-certificate.pem";
    private static final String KEY_FILE = "ca-key.pem";

    /** A signer's key and its chain: its certificate, then the CA's. */
    public record Signer(PrivateKey key, List<X509Certificate> chain) {

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final SecureRandom random = new SecureRandom();

    private IssuingAuthority(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** The authority kept in {@code directory}, made there on first use. */
    public static synchronized IssuingAuthority loadOrCreate(Path directory) {
        Path keyFile = directory.resolve(KEY_FILE);
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        try {
            if (!Files.exists(keyFile) || !Files.exists(certificateFile)) {
                Files.createDirectories(directory);
                KeyPair pair = ecKeys();
                X500Name name = new X500Name("C=VN,O=Agency simulator - development CA not for production,CN=Simulated issuers' CA");
                X509Certificate ca = sign(new JcaX509v3CertificateBuilder(name, serial(new SecureRandom()),
                        Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(3650))), name, pair.getPublic())
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)), pair.getPrivate());
                Path tmpKey = Files.createTempFile(directory, "ca", ".tmp");
                Path tmpCertificate = Files.createTempFile(directory, "ca", ".tmp");
                Files.writeString(tmpKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(tmpCertificate, pem("CERTIFICATE", ca.getEncoded()));
                Files.move(tmpCertificate, certificateFile, StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmpKey, keyFile, StandardCopyOption.ATOMIC_MOVE);
            }
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(keyFile))));
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der(Files.readString(certificateFile))));
            return new IssuingAuthority(key, ca);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the issuers' CA in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad issuers' CA in " + directory, e);
        }
    }

    /** A new key for {@code subject} (an X.500 name, most significant part first: {@code C=VN,O=...,CN=...}) and its certificate. */
    public Signer issue(String subject) {
        try {
            KeyPair pair = ecKeys();
            X509Certificate issued = sign(new JcaX509v3CertificateBuilder(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    serial(random), Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(730))),
                    new X500Name(subject), pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)), key);
            return new Signer(pair.getPrivate(), List.of(issued, certificate));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a certificate to " + subject, e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(org.bouncycastle.cert.X509v3CertificateBuilder builder, PrivateKey issuerKey) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
