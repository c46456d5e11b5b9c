package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The status of a local stack from its files and what runs, with processes and health answers made up. */
class StackStatusTest {

    static final String LAUNCHER = "java -Xmx512m -cp /src/gate/local-stack/target/local-stack.jar vn.laocai.gate.stack.LocalStack";
    static final String QUEUE_JAR = "java -jar /src/gate/vehicle-queue-service/target/quarkus-app/quarkus-run.jar";
    static final String SIM_JAR = "java -jar /src/gate/agency-simulator/target/quarkus-app/quarkus-run.jar";
    static final String POSTGRES = "/tmp/embedded-pg/bin/postgres -D /src/gate/.gate/postgres -p 15432";

    @TempDir
    Path home;

    final Map<Long, String> processes = new HashMap<>();
    final Map<String, Integer> health = new HashMap<>();

    final StackStatus.Probe probe = new StackStatus.Probe() {
        @Override
        public Optional<String> commandLine(long pid) {
            return Optional.ofNullable(processes.get(pid));
        }

        @Override
        public Map<String, Integer> health(List<String> urls) {
            Map<String, Integer> answers = new HashMap<>();
            urls.forEach(u -> answers.put(u, health.getOrDefault(u, 0)));
            return answers;
        }
    };

    @Test
    void nothingEverStartedIsStopped() {
        assertStopped();
    }

    @Test
    void aRunningPlatformListsEachApplicationPostgresAndKafka() throws IOException {
        runningPlatform();

        StackStatus status = StackStatus.read(home, probe);

        assertThat(status.render()).startsWith("Running (launcher pid 100).\n")
                .containsPattern("agency-simulator +pid 201 +http://127.0.0.1:8084 +ready\n")
                .containsPattern("vehicle-queue-service +pid 202 +http://127.0.0.1:8081 +ready\n")
                .containsPattern("PostgreSQL +pid 300 +port 15432 +running\n")
                .contains("Kafka", "in the launcher (pid 100)")
                .endsWith("the URLs\n");
        assertThat(status.exitCode()).isZero();
        assertThat(status.leftovers()).isEmpty();
    }

    @Test
    void anApplicationKilledWhileTheLauncherRestartsItIsShownDownAndRestarting() throws IOException {
        runningPlatform();
        processes.remove(202L);
        write("apps.pids", """
                agency-simulator 201 http://127.0.0.1:8084 ready
                vehicle-queue-service 202 http://127.0.0.1:8081 restarting exited with code 137; restart 1 of 5 in 1 s
                """);

        StackStatus status = StackStatus.read(home, probe);

        assertThat(status.render()).startsWith("Running, but 1 of 2 applications is not ready (launcher pid 100).\n")
                .containsPattern("vehicle-queue-service +pid 202 +http://127.0.0.1:8081 +down, restarting: "
                        + "exited with code 137; restart 1 of 5 in 1 s\n");
        assertThat(status.exitCode()).isEqualTo(StackStatus.DEGRADED);
    }

    @Test
    void anApplicationThatRunsButDoesNotAnswerReadyIsNotReady() throws IOException {
        runningPlatform();
        health.put("http://127.0.0.1:8081", 503);

        StackStatus status = StackStatus.read(home, probe);

        assertThat(status.exitCode()).isEqualTo(StackStatus.DEGRADED);
        assertThat(status.apps()).filteredOn(a -> a.reported().name().equals("vehicle-queue-service")).singleElement()
                .satisfies(a -> assertThat(a.runs()).isTrue(), a -> assertThat(a.ready()).isFalse());
        assertThat(status.render()).containsPattern("vehicle-queue-service +pid 202 +http://127.0.0.1:8081 +not ready \\(health HTTP 503\\)");
    }

    @Test
    void afterTheLauncherIsKilledWhatStillRunsIsListedNotStopped() throws IOException {
        runningPlatform();
        processes.remove(100L);

        StackStatus status = StackStatus.read(home, probe);

        assertThat(status.render()).doesNotContain("Stopped.")
                .startsWith("The launcher (pid 100) is gone, but these still run without it:\n")
                .containsPattern("agency-simulator +pid 201 .* ready\n")
                .containsPattern("PostgreSQL +pid 300 +port 15432 +running\n")
                .contains("gone with the launcher", "./gate down stops them");
        assertThat(status.leftovers()).containsExactly("agency-simulator (pid 201)", "vehicle-queue-service (pid 202)",
                "PostgreSQL (pid 300)");
        assertThat(status.exitCode()).isEqualTo(StackStatus.DEGRADED);
    }

    @Test
    void aPidTakenOverByAnotherProgramDoesNotCount() throws IOException {
        runningPlatform();
        processes.put(100L, "/usr/bin/vim notes.txt");
        processes.put(201L, "sleep 1000");
        processes.remove(202L);
        processes.remove(300L);

        assertStopped();
    }

    @Test
    void whileStartingThereIsNoSummaryYet() throws IOException {
        runningPlatform();
        Files.delete(home.resolve("ready"));
        write("apps.pids", "agency-simulator 201 http://127.0.0.1:8084 starting\n");
        health.clear();

        StackStatus status = StackStatus.read(home, probe);

        assertThat(status.render()).startsWith("Starting (launcher pid 100).\n")
                .containsPattern("agency-simulator +pid 201 +http://127.0.0.1:8084 +starting \\(no answer\\)\n")
                .doesNotContain("the URLs");
        assertThat(status.exitCode()).isZero();
    }

    @Test
    void aStatusLineReadsBackAsWrittenAndTheOlderThreeColumnLinesStillParse() {
        AppStatus status = new AppStatus("clearance-service-2", 4242, "http://127.0.0.1:9182", AppStatus.State.DOWN,
                "exited with code 1;\n gave up after 5 failures in a row");

        assertThat(AppStatus.parse(status.toLine())).contains(new AppStatus("clearance-service-2", 4242,
                "http://127.0.0.1:9182", AppStatus.State.DOWN, "exited with code 1; gave up after 5 failures in a row"));
        assertThat(AppStatus.parse("web-console 17 http://127.0.0.1:8080")).contains(
                new AppStatus("web-console", 17, "http://127.0.0.1:8080", AppStatus.State.STARTING, ""));
        assertThat(AppStatus.parse("garbage")).isEmpty();
        assertThat(AppStatus.parse("web-console x http://127.0.0.1:8080 ready")).isEmpty();
    }

    private void assertStopped() {
        StackStatus status = StackStatus.read(home, probe);

        assertThat(status.render()).isEqualTo("Stopped.\n");
        assertThat(status.exitCode()).isEqualTo(StackStatus.STOPPED);
        assertThat(status.leftovers()).isEmpty();
    }

    private void runningPlatform() throws IOException {
        write("stack.pid", "100\n");
        write("ready", "100\n");
        write("urls.txt", "the URLs\n");
        write("apps.pids", """
                agency-simulator 201 http://127.0.0.1:8084 ready
                vehicle-queue-service 202 http://127.0.0.1:8081 ready
                """);
        Files.createDirectories(home.resolve("postgres"));
        write("postgres/postmaster.pid", "300\n/src/gate/.gate/postgres\n1764576000\n15432\n/tmp\n127.0.0.1\n");
        processes.put(100L, LAUNCHER);
        processes.put(201L, SIM_JAR);
        processes.put(202L, QUEUE_JAR);
        processes.put(300L, POSTGRES);
        health.put("http://127.0.0.1:8084", 200);
        health.put("http://127.0.0.1:8081", 200);
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(home.resolve(file), content);
    }
}
