package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.infra.DevIdentity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Keycloak of the local stack, started as {@code ./gate up} starts it: the realm is there, names the
 * issuer the services are told, and publishes the local identity's key (the one the services verify with).
 */
class KeycloakServerTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path home;

    @Test
    void servesTheRealmWithTheLocalSigningKeyAndTheIssuerTheServicesTrust() throws Exception {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        // the distribution ./gate up and the browser test use too: unpacked and built for its options once
        PlatformConfig config = PlatformConfig.builder(home, repo).freePorts()
                .keycloak(true).keycloakDistributions(repo.resolve(".gate").resolve("keycloak")).build();
        DevIdentity identity = DevIdentity.loadOrCreate(home.resolve("identity"));

        AgencyClients clients = AgencyClients.of(name -> "secret-of-" + name);
        try (KeycloakServer keycloak = KeycloakServer.forPlatform(config, identity, DevUsers.fromClasspath(), "s3cret", clients)) {
            String discovery = get(keycloak.realmUrl() + "/.well-known/openid-configuration");
            assertThat(discovery).contains("\"issuer\":\"" + config.issuer() + "\"");
            String jwks = get(keycloak.realmUrl() + "/protocol/openid-connect/certs");
            String pem = java.nio.file.Files.readString(identity.publicKeyPath()).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
            byte[] modulus = key.getModulus().toByteArray();
            int skip = modulus[0] == 0 ? 1 : 0;
            String n = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(modulus, skip, modulus.length));
            assertThat(jwks).contains("\"n\":\"" + n + "\"");

            // the simulator's clients: short-lived tokens by client credentials, for customs-adapter only
            String tokenUrl = keycloak.realmUrl() + "/protocol/openid-connect/token";
            for (String client : AgencyClients.IDS) {
                String claims = TokenServerTest.claims(clientToken(tokenUrl, client, "secret-of-" + AgencyClients.secretName(client)));
                assertThat(claims).contains("\"azp\":\"" + client + "\"", "\"agency-system\"", "\"iss\":\"" + config.issuer() + "\"")
                        .containsPattern("\"aud\":(\"customs-adapter\"|\\[[^\\]]*\"customs-adapter\")");
                long lifetime = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"))
                        - Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
                assertThat(lifetime).isPositive().isLessThanOrEqualTo(DevIdentity.MAX_LIFETIME.toSeconds());
            }
            assertThat(HTTP.send(clientCredentials(tokenUrl, AgencyClients.VNACCS, "guessed"),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            // recorded, so that ./gate down stops it after a kill -9 of the launcher: by a pid whose command line
            // names the distributions folder, as LeftoverProcess checks
            java.util.List<String> pids = java.nio.file.Files.readAllLines(KeycloakServer.pidFile(home));
            assertThat(pids).anySatisfy(pid -> assertThat(ProcessHandle.of(Long.parseLong(pid))
                    .flatMap(p -> p.info().commandLine())).hasValueSatisfying(line -> assertThat(line)
                    .contains(config.keycloakDistributions().toString())));
        }
        assertThat(KeycloakServer.pidFile(home)).as("forgotten once stopped").doesNotExist();
    }

    static HttpRequest clientCredentials(String tokenUrl, String client, String secret) {
        return HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=" + secret)).build();
    }

    static String clientToken(String tokenUrl, String client, String secret) throws Exception {
        HttpResponse<String> r = HTTP.send(clientCredentials(tokenUrl, client, secret), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TokenServerTest.accessToken(r.body());
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    /**
     * The login page in the reader's language, as the console asks for it ({@code ui_locales}): Chinese from Keycloak's
     * own messages, Vietnamese from the realm's (Keycloak ships none), and Vietnamese when nothing is asked.
     */
    @Test
    void theLoginPageSpeaksTheLanguageTheConsoleAsksFor() throws Exception {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        PlatformConfig config = PlatformConfig.builder(home.resolve("login-page"), repo).freePorts()
                .keycloak(true).keycloakDistributions(repo.resolve(".gate").resolve("keycloak")).build();
        DevIdentity identity = DevIdentity.loadOrCreate(home.resolve("login-page").resolve("identity"));
        try (KeycloakServer keycloak = KeycloakServer.forPlatform(config, identity, DevUsers.fromClasspath(), "s3cret",
                AgencyClients.of(name -> "secret-of-" + name))) {
            String console = "http://127.0.0.1:" + config.appPort(Apps.WEB_CONSOLE);
            assertThat(loginPage(keycloak, console, "zh")).contains("登录");
            assertThat(loginPage(keycloak, console, "zh-CN")).contains("登录", "密码");
            assertThat(loginPage(keycloak, console, "vi")).contains("Đăng nhập", "Mật khẩu").doesNotContain("Sign in to your account");
            assertThat(loginPage(keycloak, console, "en")).contains("Sign in to your account").doesNotContain("登录");
            assertThat(loginPage(keycloak, console, null)).as("the realm's default").contains("Đăng nhập");
        }
    }

    /** The login page the console's sign-in reaches (code flow with PKCE), with {@code ui_locales} when given. */
    static String loginPage(KeycloakServer keycloak, String console, String uiLocales) throws Exception {
        String redirect = java.net.URLEncoder.encode(console + "/signin", java.nio.charset.StandardCharsets.UTF_8);
        String url = keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=web-console&response_type=code&scope=openid"
                + "&redirect_uri=" + redirect + "&state=s" + System.nanoTime()
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + (uiLocales == null ? "" : "&ui_locales=" + uiLocales);
        return get(url);
    }
}
