package vn.laocai.gate.clearance.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The certificate authorities whose signatures on uploaded documents are trusted: a PEM bundle, or a folder of
 * {@code .pem}, {@code .crt} and {@code .cer} files (PEM or DER), each holding one or more CA certificates.
 */
final class TrustList {

    private TrustList() {
    }

    /** The certificates at {@code location}; none when it is null or not there (nothing is trusted then). */
    static List<X509Certificate> read(Path location) {
        if (location == null || !Files.exists(location)) {
            return List.of();
        }
        try {
            List<Path> files;
            if (Files.isDirectory(location)) {
                try (Stream<Path> listed = Files.list(location)) {
                    files = listed.filter(TrustList::certificateFile).sorted().toList();
                }
            } else {
                files = List.of(location);
            }
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    factory.generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
                }
            }
            return List.copyOf(certificates);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trust list " + location, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("not X.509 certificates in the trust list " + location, e);
        }
    }

    private static boolean certificateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer"));
    }

    /** Null when {@code certificate} chains to one of {@code trusted} at {@code at} (with the {@code carried} intermediates); else what stands in the way. */
    static String chainProblem(List<X509Certificate> trusted, X509Certificate certificate, Collection<X509Certificate> carried, Instant at) {
        if (trusted.isEmpty()) {
            return "no trust list is configured";
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(
                    trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet()), target);
            parameters.setRevocationEnabled(false);
            if (at != null) {
                parameters.setDate(Date.from(at));
            }
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return null;
        } catch (GeneralSecurityException e) {
            return "the signer's certificate does not chain to the trust list: " + e.getMessage();
        }
    }
}
