package vn.laocai.gate.stack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Keycloak left behind by a launcher killed with {@code kill -9}: a harmless child process stands for it, its
 * command line naming the distributions folder as Keycloak's does ({@code tail -f} of a file there).
 */
class LeftoverProcessTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(Process::destroyForcibly);
    }

    private Process standIn(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path log = Files.writeString(folder.resolve("server.log"), "", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("tail", "-f", log.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(p);
        return p;
    }

    @Test
    void a_recorded_keycloak_that_still_runs_is_stopped_and_forgotten() throws Exception {
        Path distributions = home.resolve("keycloak");
        Process keycloak = standIn(distributions);
        LeftoverProcess record = LeftoverProcess.keycloak(KeycloakServer.pidFile(home), distributions);
        record.record(keycloak.toHandle());
        assertThat(Files.readString(record.pidFile())).contains(String.valueOf(keycloak.pid()));

        List<Long> stopped = KeycloakServer.stopLeftover(KeycloakServer.pidFile(home), distributions);

        assertThat(stopped).containsExactly(keycloak.pid());
        assertThat(keycloak.waitFor(10, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(record.pidFile()).doesNotExist();
        assertThat(record.stopLeftover(Duration.ofSeconds(1))).as("nothing recorded any more").isEmpty();
    }

    @Test
    void a_recorded_pid_now_of_another_program_is_left_alone() throws Exception {
        Process other = standIn(home.resolve("elsewhere"));
        LeftoverProcess record = LeftoverProcess.keycloak(KeycloakServer.pidFile(home), home.resolve("keycloak"));
        record.record(other.toHandle());

        assertThat(record.stopLeftover(Duration.ofSeconds(1))).isEmpty();

        assertThat(other.isAlive()).as("not a Keycloak of this platform").isTrue();
        assertThat(record.pidFile()).doesNotExist();
    }

    @Test
    void a_record_of_a_process_that_ended_or_a_garbled_one_stops_nothing() throws Exception {
        Path distributions = home.resolve("keycloak");
        Process ended = standIn(distributions);
        LeftoverProcess record = LeftoverProcess.keycloak(KeycloakServer.pidFile(home), distributions);
        record.record(ended.toHandle());
        ended.destroyForcibly().waitFor();
        Files.writeString(record.pidFile(), "not-a-pid\n", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);

        assertThat(record.stopLeftover(Duration.ofSeconds(1))).isEmpty();
        assertThat(record.pidFile()).doesNotExist();
    }
}
