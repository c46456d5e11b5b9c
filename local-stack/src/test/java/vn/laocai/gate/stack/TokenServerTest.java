package vn.laocai.gate.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.infra.DevIdentity;
import vn.laocai.gate.infra.FreePorts;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TokenServerTest {

    @TempDir
    static Path identityDirectory;

    static TokenServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DevUsers users = DevUsers.parse(new StringReader("customs=customs,customs-officer,supervisor\ndriver=driver,driver"));
        server = TokenServer.start(FreePorts.next(), users, DevIdentity.loadOrCreate(identityDirectory),
                AgencyClients.of(name -> "secret-of-" + name));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void issuesATokenCarryingTheUsersRoles() throws Exception {
        HttpResponse<String> response = post("username=customs&password=customs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).contains("\"token_type\":\"Bearer\"", "\"expires_in\":43200",
                "\"roles\":[\"customs-officer\",\"supervisor\"]");
        String claims = claims(accessToken(response.body()));
        assertThat(claims).contains("\"iss\":\"" + DevIdentity.ISSUER + "\"", "\"upn\":\"customs\"",
                "\"customs-officer\"", "\"supervisor\"");
        assertThat(claims).doesNotContain("\"driver\"");
    }

    @Test
    void tokensOfPeopleNameEveryServiceAndLiveTwelveHoursAtMost() throws Exception {
        String claims = claims(accessToken(post("username=driver&password=driver").body()));
        assertThat(claims).contains("\"vehicle-queue-service\"", "\"clearance-service\"", "\"customs-adapter\"",
                "\"notification-service\"");
        assertThat(lifetime(claims)).isEqualTo(TokenServer.TOKEN_LIFETIME.toSeconds()).isLessThanOrEqualTo(12 * 3600);
    }

    @Test
    void anAgencyClientGetsAShortLivedTokenOfItsOwnByClientCredentials() throws Exception {
        String basic = Base64.getEncoder().encodeToString("vnaccs:secret-of-agency-client-vnaccs".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> byBasic = HTTP.send(HttpRequest.newBuilder(URI.create(server.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byBasic.statusCode()).isEqualTo(200);
        assertThat(byBasic.body()).contains("\"expires_in\":300", "\"token_type\":\"Bearer\"");
        String claims = claims(accessToken(byBasic.body()));
        assertThat(claims).contains("\"azp\":\"vnaccs\"", "\"agency-system\"")
                .containsPattern("\"aud\":(\"customs-adapter\"|\\[\"customs-adapter\"])");
        assertThat(lifetime(claims)).isEqualTo(300);

        HttpResponse<String> byForm = post("grant_type=client_credentials&client_id=quarantine-system"
                + "&client_secret=secret-of-agency-client-quarantine-system");
        assertThat(claims(accessToken(byForm.body()))).contains("\"azp\":\"quarantine-system\"");
    }

    @Test
    void refusesAWrongClientSecretAnUnknownClientAndOtherGrants() throws Exception {
        HttpResponse<String> wrong = post("grant_type=client_credentials&client_id=vnaccs&client_secret=secret-of-agency-client-quarantine-system");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("\"error\":\"invalid_client\"").doesNotContain("access_token");
        assertThat(post("grant_type=client_credentials&client_id=customs&client_secret=customs").statusCode()).isEqualTo(401);
        assertThat(post("grant_type=client_credentials").statusCode()).isEqualTo(401);
        assertThat(post("grant_type=authorization_code&code=x").statusCode()).isEqualTo(400);
    }

    static long lifetime(String claims) {
        return Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1")) - Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
    }

    @Test
    void decodesUrlEncodedFormFields() throws Exception {
        DevUsers users = DevUsers.parse(new StringReader("tr%der=p&ss w=rd,trader"));
        // the file format allows any character but ',' in a password; the form must carry them encoded
        assertThat(TokenServer.parseForm("username=tr%25der&password=p%26ss+w%3Drd"))
                .containsEntry("username", "tr%der").containsEntry("password", "p&ss w=rd");
        assertThat(users.authenticate("tr%der", "p&ss w=rd")).isPresent();
    }

    @Test
    void refusesAWrongPasswordWith401Json() throws Exception {
        HttpResponse<String> response = post("username=customs&password=driver");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\":\"invalid_grant\"").doesNotContain("access_token");
    }

    @Test
    void refusesAnUnknownUserAndMissingFields() throws Exception {
        assertThat(post("username=nobody&password=nobody").statusCode()).isEqualTo(401);
        assertThat(post("username=customs").statusCode()).isEqualTo(400);
    }

    @Test
    void answersGetOnTokenWith405AndListsNothingOnRoot() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.tokenUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);

        HttpResponse<String> index = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(index.statusCode()).isEqualTo(404);
        assertThat(index.body()).doesNotContain("jdbc", "postgres", "http://");
    }

    @Test
    void locksAUserNameAfterFiveWrongPasswordsEvenForTheRightOneThenLetsItInOnceTheLockEnds() throws Exception {
        MovableClock clock = new MovableClock();
        DevUsers users = DevUsers.parse(new StringReader("gate=gate,gate-officer\nguard=guard,border-guard"));
        try (TokenServer throttled = TokenServer.start(FreePorts.next(), users, DevIdentity.loadOrCreate(identityDirectory),
                new LoginThrottle(clock, 5, 20, Duration.ofMinutes(5)))) {
            for (int i = 0; i < 5; i++) {
                assertThat(post(throttled, "username=gate&password=wrong" + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> locked = post(throttled, "username=gate&password=gate");
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("300");
            assertThat(locked.body()).contains("\"code\":\"too-many-attempts\"", "\"field\":\"username\"")
                    .doesNotContain("access_token");
            assertThat(post(throttled, "username=guard&password=guard").statusCode())
                    .as("another user name from the same address is not locked yet").isEqualTo(200);

            clock.advance(Duration.ofMinutes(4));
            HttpResponse<String> stillLocked = post(throttled, "username=gate&password=gate");
            assertThat(stillLocked.statusCode()).isEqualTo(429);
            assertThat(stillLocked.headers().firstValue("Retry-After")).hasValue("60");

            clock.advance(Duration.ofMinutes(1));
            assertThat(post(throttled, "username=gate&password=gate").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void locksAnAddressThatTriesManyUserNames() throws Exception {
        MovableClock clock = new MovableClock();
        DevUsers users = DevUsers.parse(new StringReader("gate=gate,gate-officer"));
        try (TokenServer throttled = TokenServer.start(FreePorts.next(), users, DevIdentity.loadOrCreate(identityDirectory),
                new LoginThrottle(clock, 5, 20, Duration.ofMinutes(5)))) {
            for (int i = 0; i < 20; i++) {
                assertThat(post(throttled, "username=guess" + i + "&password=x").statusCode()).isEqualTo(401);
            }
            assertThat(post(throttled, "username=gate&password=gate").statusCode()).isEqualTo(429);
        }
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static HttpResponse<String> post(String form) throws Exception {
        return post(server, form);
    }

    static HttpResponse<String> post(TokenServer server, String form) throws Exception {
        return post(server.tokenUrl(), form);
    }

    static HttpResponse<String> post(String tokenUrl, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String accessToken(String json) {
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }
}
