package vn.laocai.gate.infra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

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
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The token issuer of local runs and tests: an RSA key pair kept in a folder and RS256 bearer
 * tokens signed with it. Services only ever see the public key; in production they verify the
 * tokens of the real identity provider (Keycloak) instead. Never use these keys outside one machine.
 */
public final class DevIdentity {

    public static final String ISSUER = "urn:vn-gate:local-identity";
    /**
     * The audience every access token names: the four services, each of which accepts only tokens naming it
     * ({@code mp.jwt.verify.audiences}), as the deployment's Keycloak names them.
     */
    public static final Set<String> AUDIENCES =
            Set.of("vehicle-queue-service", "clearance-service", "customs-adapter", "notification-service");
    /** The longest lifetime a token may have: the services refuse longer ones ({@code smallrye.jwt.time-to-live}). */
    public static final Duration MAX_LIFETIME = Duration.ofHours(12);

    /** The claim of a person's organisation memberships (Keycloak group paths). */
    public static final String MEMBERSHIPS_CLAIM = "memberships";

    private final Path publicKeyPath;
    private final Path privateKeyPath;
    private final PrivateKey privateKey;
    private final String issuer;

    private DevIdentity(Path publicKeyPath, Path privateKeyPath, PrivateKey privateKey, String issuer) {
        this.publicKeyPath = publicKeyPath;
        this.privateKeyPath = privateKeyPath;
        this.privateKey = privateKey;
        this.issuer = issuer;
    }

    /**
     * The same key pair naming another issuer in its tokens: the local stack's Keycloak signs with this key
     * and names its realm's URL, and the tokens minted here must name the same.
     */
    public DevIdentity issuedBy(String issuer) {
        return new DevIdentity(publicKeyPath, privateKeyPath, privateKey, issuer);
    }

    /** The issuer the tokens name: {@link #ISSUER} unless {@link #issuedBy(String)} said otherwise. */
    public String issuer() {
        return issuer;
    }

    /** The PEM (PKCS #8) private key, for an identity provider that must sign with the same key. */
    public Path signingKeyPath() {
        return privateKeyPath;
    }

    /** Reads the key pair from {@code directory}, creating it on first use. */
    public static synchronized DevIdentity loadOrCreate(Path directory) {
        Path privatePath = directory.resolve("signing-key.pem");
        Path publicPath = directory.resolve("verification-key.pem");
        try {
            if (!Files.exists(privatePath) || !Files.exists(publicPath)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path tmpPrivate = Files.createTempFile(directory, "key", ".tmp");
                Path tmpPublic = Files.createTempFile(directory, "key", ".tmp");
                Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(tmpPublic, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.move(tmpPublic, publicPath, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmpPrivate, privatePath, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privatePath, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").trim());
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DevIdentity(publicPath.toAbsolutePath(), privatePath.toAbsolutePath(), key, ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bad key in " + directory, e);
        }
    }

    /**
     * The PEM file {@code <name>.pem} in {@code directory} holding an EC P-256 private key (PKCS #8) and then its public
     * key, created on first use and kept: the key that signs the booking QRs of local runs and tests
     * ({@code gate.queue.qr.signing-key}), so QRs stay valid across restarts of the workspace.
     */
    public static synchronized Path ecSigningKey(Path directory, String name) {
        Path file = directory.resolve(name + ".pem");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                Path tmp = Files.createTempFile(directory, "key", ".tmp");
                Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The PEM public key services verify tokens with ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKeyPath() {
        return publicKeyPath;
    }

    /**
     * A token for {@code username} with the given roles, valid for {@code lifetime} (at most
     * {@link #MAX_LIFETIME}), naming every service in {@code aud}, issued now ({@code iat}).
     */
    public String token(String username, Duration lifetime, String... roles) {
        return userClaims(username, bounded(lifetime), roles).sign(privateKey);
    }

    /**
     * A token of a member of organisations: as {@link #token(String, String...)} with the claim {@value #MEMBERSHIPS_CLAIM}
     * listing Keycloak group paths {@code /orgs/<tax code or credit code>/<role>}, as the realm's group membership
     * mapper writes it (service-support's {@code Membership} reads it).
     */
    public String memberToken(String username, List<String> groupPaths, String... roles) {
        return memberToken(username, MAX_LIFETIME, groupPaths, roles);
    }

    /** The same, valid for {@code lifetime} (at most {@link #MAX_LIFETIME}). */
    public String memberToken(String username, Duration lifetime, List<String> groupPaths, String... roles) {
        return userClaims(username, bounded(lifetime), roles).claim(MEMBERSHIPS_CLAIM, groupPaths).sign(privateKey);
    }

    /** A token valid for twelve hours, one officer shift. */
    public String token(String username, String... roles) {
        return token(username, MAX_LIFETIME, roles);
    }

    /**
     * A token of an OAuth client itself (the client-credentials grant), as Keycloak issues one for the
     * client's service account: {@code sub} a fresh id, {@code azp} the client, {@code aud} the given audience.
     */
    public String clientToken(String clientId, Duration lifetime, Set<String> audience, String... roles) {
        return Jwt.issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .claim("azp", clientId)
                .preferredUserName("service-account-" + clientId)
                .groups(Set.of(roles))
                .audience(audience)
                .expiresIn(bounded(lifetime))
                .sign(privateKey);
    }

    /**
     * For tests of refused tokens only: the claims of {@link #token(String, String...)} as {@code change}
     * leaves them (another {@code aud}, none, an {@code iat} ahead, a ten-year {@code exp}), signed with this
     * key. Nothing bounds the result: the services must.
     */
    public String tokenChanged(String username, UnaryOperator<JwtClaimsBuilder> change, String... roles) {
        return change.apply(userClaims(username, MAX_LIFETIME, roles)).sign(privateKey);
    }

    private JwtClaimsBuilder userClaims(String username, Duration lifetime, String... roles) {
        return Jwt.issuer(issuer)
                .subject(username)
                .upn(username)
                .preferredUserName(username)
                .groups(Set.of(roles))
                .audience(AUDIENCES)
                .expiresIn(lifetime);
    }

    private static Duration bounded(Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("A token lives more than nothing and at most " + MAX_LIFETIME + ": " + lifetime);
        }
        return lifetime;
    }
}
