package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Starts the real platform on free ports in a temporary folder. */
class PlatformTest {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void startsTheInfrastructureAndTheTokenEndpointThenStopsEverything() throws Exception {
        PlatformConfig config = PlatformConfig.builder(home, REPO).freePorts().apps(List.of()).build();

        try (Platform platform = Platform.start(config)) {
            try (Connection c = DriverManager.getConnection(platform.infra().jdbcUrl("postgres"), "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
            HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(platform.tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=gate&password=gate")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("\"roles\":[\"gate-officer\"]");
            assertThat(TokenServerTest.claims(platform.token("fees", "fee-officer"))).contains("\"fee-officer\"");
            // the agency systems' clients are registered with the workspace's secrets
            String secret = Files.readString(home.resolve("secrets").resolve(AgencyClients.secretName(AgencyClients.VNACCS))).strip();
            HttpResponse<String> clientToken = TokenServerTest.post(platform.tokenUrl(),
                    "grant_type=client_credentials&client_id=vnaccs&client_secret=" + secret);
            assertThat(clientToken.statusCode()).isEqualTo(200);
            assertThat(TokenServerTest.claims(TokenServerTest.accessToken(clientToken.body()))).contains("\"azp\":\"vnaccs\"");
            assertThat(platform.summary()).contains(platform.tokenUrl(), home.resolve("logs").toString());
        }

        assertThat(Platform.isFree(config.postgresPort())).isTrue();
        assertThat(Platform.isFree(config.kafkaPort())).isTrue();
        assertThat(Platform.isFree(config.identityPort())).isTrue();
        assertThat(home.resolve("postgres")).isDirectory();
        assertThat(home.resolve("kafka/meta.properties")).exists();
    }

    @Test
    void startsTheAgencySimulatorWhenItIsBuilt() throws Exception {
        AppSpec simulator = Apps.require(Apps.AGENCY_SIMULATOR);
        assumeTrue(Files.isRegularFile(simulator.runJar(REPO)), "agency-simulator is not built");
        PlatformConfig config = PlatformConfig.builder(home, REPO).freePorts().apps(Apps.AGENCY_SIMULATOR).build();
        List<AppProcess> started = new ArrayList<>();

        try (Platform platform = Platform.start(config)) {
            started.addAll(platform.apps().values());
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                    URI.create(platform.url(Apps.AGENCY_SIMULATOR) + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
        }

        assertThat(started).singleElement().satisfies(p -> assertThat(p.isAlive()).isFalse());
        assertThat(home.resolve("logs/agency-simulator.log")).content().contains("agency-simulator");
    }

    @Test
    void refusesToStartWhenAnApplicationIsNotBuilt(@TempDir Path emptyRepo) {
        PlatformConfig config = PlatformConfig.builder(home, emptyRepo).freePorts().build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Platform.start(config))
                .hasMessageContaining("clearance-service")
                .hasMessageContaining(emptyRepo.resolve("clearance-service/target/quarkus-app/quarkus-run.jar").toString());
        assertThat(home.resolve("postgres")).doesNotExist();
    }
}
