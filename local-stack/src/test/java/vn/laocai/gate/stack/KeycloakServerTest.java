package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.infra.DevIdentity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import vn.laocai.gate.support.security.Membership;
import vn.laocai.gate.support.security.OrganisationId;
import vn.laocai.gate.support.security.OrganisationRole;

import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * issuer the services are told, and publishes the local identity's key (the one the services verify with); demo
 * members sign in by the console's flow and their access tokens carry their organisation memberships; the login page
 * speaks the language the console asks for. One Keycloak for all of it: starting one is most of the test's time.
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

            // demo members sign in as the console signs them in, and their tokens say where they belong
            String console = "http://127.0.0.1:" + config.appPort(Apps.WEB_CONSOLE);
            assertThat(Membership.parseAll(memberships(consoleLogin(keycloak.realmUrl(), console, "s3cret", "dispatcher-kt"))))
                    .containsExactly(new Membership(OrganisationId.of("5300100237"), OrganisationRole.DISPATCHER));
            assertThat(Membership.parseAll(memberships(consoleLogin(keycloak.realmUrl(), console, "s3cret", "manager-nslc"))))
                    .containsExactly(new Membership(OrganisationId.of("5301000115"), OrganisationRole.MANAGER));

            // the login page in the reader's language, as the console asks for it (ui_locales): Chinese from Keycloak's
            // own messages, Vietnamese from the realm's (Keycloak ships none), and Vietnamese when nothing is asked
            assertThat(loginPage(keycloak, console, "zh")).contains("登录");
            assertThat(loginPage(keycloak, console, "zh-CN")).contains("登录", "密码");
            assertThat(loginPage(keycloak, console, "vi")).contains("Đăng nhập", "Mật khẩu").doesNotContain("Sign in to your account");
            assertThat(loginPage(keycloak, console, "en")).contains("Sign in to your account").doesNotContain("登录");
            assertThat(loginPage(keycloak, console, null)).as("the realm's default").contains("Đăng nhập");
            // recorded, so that ./gate down stops it after a kill -9 of the launcher: by a pid whose command line
            // names the distributions folder, as LeftoverProcess checks
            java.util.List<String> pids = java.nio.file.Files.readAllLines(KeycloakServer.pidFile(home));
            assertThat(pids).anySatisfy(pid -> assertThat(ProcessHandle.of(Long.parseLong(pid))
                    .flatMap(p -> p.info().commandLine())).hasValueSatisfying(line -> assertThat(line)
                    .contains(config.keycloakDistributions().toString())));
        }
        assertThat(KeycloakServer.pidFile(home)).as("forgotten once stopped").doesNotExist();
    }

    /**
     * The console's sign-in of {@code user} (password = user name): the authorization code flow with PKCE (S256), as
     * Quarkus OIDC runs it for the console's confidential client: the login page fetched, its form posted with the
     * session's cookies, the code from the redirect exchanged with the verifier and the client's secret. The access token.
     */
    static String consoleLogin(String realmUrl, String consoleUrl, String clientSecret, String user) throws Exception {
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String state = Long.toHexString(random.nextLong());
        String redirect = consoleUrl + "/";
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/auth?"
                + form(Map.of("client_id", "web-console", "response_type", "code", "scope", "openid", "redirect_uri", redirect,
                "state", state, "code_challenge", challenge, "code_challenge_method", "S256")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        assertThat(action.find()).as("the login form").isTrue();
        // the login session's cookies sent back as a browser does (Keycloak marks them Secure, SameSite=None, which
        // java.net's cookie store never sends to a plain-http address; a browser treats the loopback address as secure)
        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", user, "credentialId", "")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        URI back = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(redirect);
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        assertThat(query).containsEntry("state", state).containsKey("code");
        HttpResponse<String> tokens = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", query.get("code"),
                        "redirect_uri", redirect, "client_id", "web-console", "client_secret", clientSecret, "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return TokenServerTest.accessToken(tokens.body());
    }

    /** The {@value Membership#CLAIM} claim of an access token, as the group paths it lists. */
    static List<String> memberships(String accessToken) {
        try (JsonReader reader = Json.createReader(new StringReader(TokenServerTest.claims(accessToken)))) {
            JsonObject claims = reader.readObject();
            assertThat(claims.containsKey(Membership.CLAIM)).as(claims.toString()).isTrue();
            return claims.getJsonArray(Membership.CLAIM).getValuesAs(JsonString::getString);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
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
