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
        server = TokenServer.start(FreePorts.next(), users, DevIdentity.loadOrCreate(identityDirectory), () -> "the index\n");
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
    void answersGetOnTokenWith405AndTheIndexOnRoot() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.tokenUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);

        HttpResponse<String> index = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).isEqualTo("the index\n");
    }

    static HttpResponse<String> post(String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.tokenUrl()))
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
