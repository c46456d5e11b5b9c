package vn.laocai.gate.devpki;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development CA kept in a folder: made once, read again, and what it issues chains to it. */
class DevCertificateAuthorityTest {

    static final Instant NOW = Instant.now();

    @TempDir
    Path folder;

    @Test
    void it_is_made_once_in_its_folder_and_issues_signing_certificates_that_chain_to_it() throws Exception {
        DevCertificateAuthority ca = DevCertificateAuthority.at(folder, DevCertificateAuthority.name("Test gate (development CA)", "Test CA"));

        assertThat(folder.resolve(DevCertificateAuthority.CERTIFICATE_FILE)).exists();
        assertThat(Files.readString(folder.resolve(DevCertificateAuthority.CERTIFICATE_FILE))).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(ca.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Test CA,O=Test gate (development CA),C=VN");
        assertThat(ca.certificate().getBasicConstraints()).as("a CA").isZero();

        DevCertificateAuthority.Issued officer = ca.issue(DevCertificateAuthority.name("Test gate", "kd-officer, Lào Cai"), NOW, Duration.ofDays(365));
        X509Certificate certificate = officer.certificate();
        assertThat(officer.chain()).containsExactly(certificate, ca.certificate());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=kd-officer\\, Lào Cai,O=Test gate,C=VN");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
        assertThat(certificate.getBasicConstraints()).as("no CA").isEqualTo(-1);
        assertThat(certificate.getKeyUsage()[0]).as("digital signature").isTrue();
        assertThat(certificate.getKeyUsage()[1]).as("non-repudiation").isTrue();
        assertThat(certificate.getKeyUsage()[5]).as("no certificate signing").isFalse();
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.4");
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        PKIXParameters trust = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate(), null)));
        trust.setRevocationEnabled(false);
        trust.setDate(Date.from(NOW.plusSeconds(60)));
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), trust);

        Signature signing = Signature.getInstance("SHA256withECDSA");
        signing.initSign(officer.key());
        signing.update("PASS".getBytes(StandardCharsets.UTF_8));
        byte[] signature = signing.sign();
        Signature checking = Signature.getInstance("SHA256withECDSA");
        checking.initVerify(certificate.getPublicKey());
        checking.update("PASS".getBytes(StandardCharsets.UTF_8));
        assertThat(checking.verify(signature)).isTrue();
    }

    @Test
    void the_folder_keeps_the_authority_so_a_later_process_reads_the_same_one(@TempDir Path elsewhere) throws Exception {
        DevCertificateAuthority first = DevCertificateAuthority.at(folder, DevCertificateAuthority.name("Test gate", "Test CA"));
        assertThat(DevCertificateAuthority.at(folder.resolve("..").resolve(folder.getFileName()), DevCertificateAuthority.name("x", "y")))
                .as("one per folder in a process").isSameAs(first);

        // another process: the files copied to a folder this one has not read yet
        Files.copy(folder.resolve(DevCertificateAuthority.CERTIFICATE_FILE), elsewhere.resolve(DevCertificateAuthority.CERTIFICATE_FILE));
        Files.copy(folder.resolve("ca-key.pem"), elsewhere.resolve("ca-key.pem"));
        DevCertificateAuthority again = DevCertificateAuthority.at(elsewhere, DevCertificateAuthority.name("Other", "Other CA"));
        assertThat(again).isNotSameAs(first);
        assertThat(again.certificate()).as("read, not made again").isEqualTo(first.certificate());
        X509Certificate issued = again.issue(DevCertificateAuthority.name("Test gate", "seller"), NOW, Duration.ofDays(1)).certificate();
        issued.verify(first.certificate().getPublicKey());
    }

    @Test
    void another_folder_is_another_authority_whose_certificates_do_not_verify_under_this_one(@TempDir Path elsewhere) throws Exception {
        DevCertificateAuthority ours = DevCertificateAuthority.at(folder, DevCertificateAuthority.name("Test gate", "Test CA"));
        DevCertificateAuthority theirs = DevCertificateAuthority.at(elsewhere, DevCertificateAuthority.name("Test gate", "Test CA"));
        X509Certificate foreign = theirs.issue(DevCertificateAuthority.name("Test gate", "kd-officer"), NOW, Duration.ofDays(1)).certificate();

        assertThatThrownBy(() -> foreign.verify(ours.certificate().getPublicKey())).isInstanceOf(java.security.SignatureException.class);
    }

    @Test
    void pem_text_reads_back_as_the_same_certificate() throws Exception {
        DevCertificateAuthority ca = DevCertificateAuthority.at(folder, DevCertificateAuthority.name("Test gate", "Test CA"));
        String pem = DevCertificateAuthority.pem("CERTIFICATE", ca.certificate().getEncoded());

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(pem.lines().filter(l -> !l.startsWith("-----")).allMatch(l -> l.length() <= 64)).isTrue();
        assertThat(DevCertificateAuthority.certificate(pem)).isEqualTo(ca.certificate());
        assertThatThrownBy(() -> DevCertificateAuthority.certificate("not a certificate")).isInstanceOf(Exception.class);
    }
}
