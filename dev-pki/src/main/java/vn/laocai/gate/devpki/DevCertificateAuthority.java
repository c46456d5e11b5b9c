package vn.laocai.gate.devpki;

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
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The development certificate authority of the local stack and tests: an EC P-256 key and a self-signed CA certificate
 * (ten years), made once in a folder ({@value #KEY_FILE}, {@value #CERTIFICATE_FILE}) and kept, so that what was signed
 * before a restart still verifies and a trust list can name the certificate file; it issues EC P-256 signing keys with
 * certificates for digital signatures and non-repudiation. Its key lies in a file next to the platform: never a
 * production CA. Production signers hold keys a licensed CA issued and never reach for this one.
 */
public final class DevCertificateAuthority {

    /** The file of the CA certificate in its folder, the one a trust list names. */
    public static final String CERTIFICATE_FILE = "ca-certificate.pem";
    private static final String KEY_FILE = "ca-key.pem";
    private static final String LOCK_FILE = ".lock";
    private static final Duration CA_LIFETIME = Duration.ofDays(3650);
    private static final ConcurrentMap<Path, DevCertificateAuthority> LOADED = new ConcurrentHashMap<>();

    /** A key issued and its chain: its certificate, then the CA's. */
    public record Issued(PrivateKey key, List<X509Certificate> chain) {

        public Issued {
            chain = List.copyOf(chain);
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final SecureRandom random = new SecureRandom();

    private DevCertificateAuthority(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * The authority kept in {@code directory}, read (or made there, named {@code name}) once per process: every signer of
     * the process shares it. Processes sharing the folder make it once between them (a lock file in the folder).
     */
    public static DevCertificateAuthority at(Path directory, X500Name name) {
        return LOADED.computeIfAbsent(directory.toAbsolutePath().normalize(), d -> loadOrCreate(d, name));
    }

    /** {@code C=VN, O=<organisation>, CN=<commonName>}, each value escaped as a distinguished name needs. */
    public static X500Name name(String organisation, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static DevCertificateAuthority loadOrCreate(Path directory, X500Name name) {
        Path keyFile = directory.resolve(KEY_FILE);
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        try {
            Files.createDirectories(directory);
            try (FileChannel lock = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = lock.lock()) {
                if (!Files.exists(keyFile) || !Files.exists(certificateFile)) {
                    create(directory, name, keyFile, certificateFile);
                }
            }
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(keyFile))));
            return new DevCertificateAuthority(key, certificate(Files.readString(certificateFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development CA in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad development CA in " + directory, e);
        }
    }

    private static void create(Path directory, X500Name name, Path keyFile, Path certificateFile) throws IOException, GeneralSecurityException {
        KeyPair pair = ecKeyPair();
        Instant now = Instant.now();
        X509Certificate ca = sign(new JcaX509v3CertificateBuilder(name, serial(new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(CA_LIFETIME)), name, pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)), pair.getPrivate());
        Path tmpKey = Files.createTempFile(directory, "ca", ".tmp");
        Path tmpCertificate = Files.createTempFile(directory, "ca", ".tmp");
        Files.writeString(tmpKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(tmpCertificate, pem("CERTIFICATE", ca.getEncoded()));
        Files.move(tmpCertificate, certificateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmpKey, keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A new key for {@code subject} and its certificate, valid from {@code validFrom} for {@code validFor}: an end entity
     * (no CA), for digital signatures and non-repudiation, extended key usage e-mail protection (document signing).
     */
    public Issued issue(X500Name subject, Instant validFrom, Duration validFor) {
        try {
            KeyPair pair = ecKeyPair();
            X509Certificate issued = sign(new JcaX509v3CertificateBuilder(certificate, serial(random), Date.from(validFrom),
                    Date.from(validFrom.plus(validFor)), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection)), key);
            return new Issued(pair.getPrivate(), List.of(issued, certificate));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a certificate to " + subject, e);
        }
    }

    /** The CA's own certificate, the trust anchor of what it issued. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** An X.509 certificate from its PEM text. */
    public static X509Certificate certificate(String pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der(pem)));
    }

    /** {@code der} as PEM text under {@code label} ({@code CERTIFICATE}, {@code PRIVATE KEY}). */
    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
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
