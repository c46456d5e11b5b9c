package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What ./gate up prints from Maven's output and the launcher's log, with made-up logs and a made-up clock. */
class GateProgressTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    static final String BUILD_START = """
            [INFO] Scanning for projects...
            [INFO] ------------------------------------------------------------------------
            [INFO] Reactor Build Order:
            [INFO] ----------------< vn.laocai.gate:border-gate-parent >-----------------
            [INFO] Building Kim Thanh digital border gate 0.1.0-SNAPSHOT              [1/3]
            [INFO]   from pom.xml
            [INFO] -----------------< vn.laocai.gate:event-contracts >------------------
            [INFO] Building Event contracts 0.1.0-SNAPSHOT                            [2/3]
            [INFO] Building jar: /src/gate/event-contracts/target/event-contracts-0.1.0-SNAPSHOT.jar
            [INFO] ------------------< vn.laocai.gate:service-support >------------------
            [INFO] Building Service support 0.1.0-SNAPSHOT                            [3/3]
            """;

    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Each line read advances the clock by 1.5 s. */
    int build(String maven, Path log) throws IOException {
        AtomicLong clock = new AtomicLong();
        ByteArrayInputStream in = new ByteArrayInputStream(maven.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, Math.min(len, 1));
                if (n > 0 && b[off] == '\n') {
                    clock.addAndGet(Duration.ofMillis(1500).toNanos());
                }
                return n;
            }
        };
        return GateProgress.build(in, log, out, clock::get);
    }

    @Test
    void a_build_prints_one_line_per_module_as_it_finishes_with_its_time_and_keeps_the_whole_log() throws IOException {
        String maven = BUILD_START + """
                [INFO] Compiling 40 source files
                [INFO] ------------------------------------------------------------------------
                [INFO] BUILD SUCCESS
                [INFO] ------------------------------------------------------------------------
                """;
        Path log = dir.resolve("logs/build.log");

        assertThat(build(maven, log)).isZero();

        assertThat(printed().lines().toList()).hasSize(3).satisfiesExactly(
                l -> assertThat(l).matches("  \\[1/3] Kim Thanh digital border gate +\\d+\\.\\d s"),
                l -> assertThat(l).matches("  \\[2/3] Event contracts +\\d+\\.\\d s"),
                l -> assertThat(l).matches("  \\[3/3] Service support +\\d+\\.\\d s"));
        assertThat(printed()).doesNotContain("Building jar");
        assertThat(Files.readString(log)).isEqualTo(maven);
    }

    @Test
    void a_failed_build_names_the_module_that_failed_and_prints_the_error_lines_and_the_log() throws IOException {
        String maven = BUILD_START + """
                [ERROR] /src/gate/service-support/src/main/java/vn/laocai/gate/support/A.java:[3,1] class, interface, enum, or record expected
                [INFO] ------------------------------------------------------------------------
                [INFO] BUILD FAILURE
                [INFO] ------------------------------------------------------------------------
                [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.14.0:compile on project service-support
                """;
        Path log = dir.resolve("build.log");

        assertThat(build(maven, log)).isEqualTo(1);

        assertThat(printed()).containsPattern("  \\[3/3] Service support +FAILED after \\d+\\.\\d s")
                .contains("The build failed. Errors of " + log + ":",
                        "A.java:[3,1] class, interface, enum, or record expected",
                        "[ERROR] Failed to execute goal");
    }

    @Test
    void a_build_cut_short_is_a_failure_that_shows_the_last_lines() throws IOException {
        assertThat(build(BUILD_START + "[INFO] Compiling 40 source files\n", dir.resolve("build.log"))).isEqualTo(1);

        assertThat(printed()).containsPattern("\\[3/3] Service support +FAILED after")
                .contains("The build failed. Last lines of ", "[INFO] Compiling 40 source files");
    }

    static final List<String> LAUNCHER_START = List.of(
            "2026-12-01 20:00:00.000 [main] INFO LocalStack - Starting the local platform in /src/gate/.gate (applications: vehicle-queue-service)",
            "2026-12-01 20:00:00.400 [main] INFO Platform - Starting PostgreSQL on port 15432",
            "2026-12-01 20:00:03.100 [main] INFO Platform - PostgreSQL ready on port 15432",
            "2026-12-01 20:00:03.200 [main] INFO Platform - Starting Kafka on port 19092",
            "2026-12-01 20:00:03.900 [kafka-log-cleaner] WARN kafka.log.LogManager - a warning of Kafka's own",
            "2026-12-01 20:00:09.250 [main] INFO Platform - Kafka ready on 127.0.0.1:19092",
            "2026-12-01 20:00:09.300 [main] INFO TokenServer - Starting the token endpoint on port 8090",
            "2026-12-01 20:00:09.320 [main] INFO TokenServer - Token endpoint ready on port 8090",
            "2026-12-01 20:00:09.400 [main] INFO Platform - Starting vehicle-queue-service on port 8081");

    StartLog start(List<String> lines) {
        GateProgress.StartPrinter printer = new GateProgress.StartPrinter(out);
        lines.forEach(printer::line);
        return new StartLog(printer);
    }

    record StartLog(GateProgress.StartPrinter printer) {
    }

    @Test
    void each_component_is_shown_starting_and_ready_with_its_time_since_the_launcher_started() {
        StartLog log = start(concat(LAUNCHER_START,
                "2026-12-01 20:00:41.700 [ready-check] INFO Platform - vehicle-queue-service ready in 32.3 s",
                "2026-12-01 20:00:41.800 [main] INFO Platform - Platform ready in 41.8 s"));

        assertThat(printed().lines().toList()).contains(
                "     0.4 s  Starting PostgreSQL on port 15432",
                "     3.1 s  PostgreSQL ready on port 15432",
                "     3.2 s  Starting Kafka on port 19092",
                "     9.3 s  Token endpoint ready on port 8090",
                "     9.4 s  Starting vehicle-queue-service on port 8081",
                "    41.7 s  vehicle-queue-service ready in 32.3 s",
                "    41.8 s  Platform ready in 41.8 s");
        assertThat(printed()).as("the libraries' own warnings stay in the log").doesNotContain("a warning of Kafka's own");
        assertThat(log.printer().stillStarting()).isEmpty();
    }

    @Test
    void when_a_service_fails_to_start_the_summary_names_it_and_shows_the_last_error_lines_of_its_log() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("vehicle-queue-service.log"), """
                ===== vehicle-queue-service started 2026-12-01T19:00:00Z =====
                2026-12-01 19:00:10,000 ERROR [io.qua.run.Application] an error of an earlier run
                ===== vehicle-queue-service started 2026-12-01T20:00:09Z =====
                2026-12-01 20:00:20,000 INFO  [io.quarkus] starting
                2026-12-01 20:00:30,000 ERROR [io.qua.run.Application] Failed to start application: Flyway migration V42 failed
                java.lang.IllegalStateException: relation "booking" already exists
                \tat org.flywaydb.core.Flyway.migrate(Flyway.java:1)
                """);
        StartLog log = start(concat(LAUNCHER_START,
                "2026-12-01 20:00:31.000 [main] ERROR LocalStack - The platform did not start: vehicle-queue-service exited"
                        + " with code 1 before it was ready. Last lines of " + logs.resolve("vehicle-queue-service.log") + ":",
                "2026-12-01 20:00:30,000 ERROR [io.qua.run.Application] Failed to start application: Flyway migration V42 failed"));

        assertThat(printed()).contains("  31.0 s  ERROR The platform did not start: vehicle-queue-service exited with code 1");
        assertThat(log.printer().stillStarting()).containsExactly("vehicle-queue-service");
        assertThat(log.printer().failure(logs)).containsExactly(
                "The platform did not start: vehicle-queue-service exited with code 1 before it was ready. Last lines of "
                        + logs.resolve("vehicle-queue-service.log") + ":",
                "  vehicle-queue-service was still starting; the last ERROR lines of " + logs.resolve("vehicle-queue-service.log") + ":",
                "    2026-12-01 20:00:30,000 ERROR [io.qua.run.Application] Failed to start application: Flyway migration V42 failed",
                "    java.lang.IllegalStateException: relation \"booking\" already exists");
    }

    @Test
    void when_the_broker_fails_the_summary_shows_the_launchers_error_and_what_it_said_after_it() {
        StartLog log = start(List.of(LAUNCHER_START.get(0), LAUNCHER_START.get(1), LAUNCHER_START.get(2), LAUNCHER_START.get(3),
                "2026-12-01 20:00:05.000 [main] ERROR LocalStack - The platform did not start: Kafka did not start: Address already in use",
                "java.net.BindException: Address already in use"));

        assertThat(log.printer().stillStarting()).containsExactly("Kafka");
        assertThat(log.printer().failure(dir)).containsExactly(
                "The platform did not start: Kafka did not start: Address already in use",
                "  Kafka was still starting",
                "    java.net.BindException: Address already in use");
    }

    @Test
    void following_the_log_ends_with_exit_1_and_the_summary_when_the_launcher_is_gone() throws Exception {
        Path stackOut = dir.resolve("stack.out");
        Files.write(stackOut, concat(LAUNCHER_START,
                "2026-12-01 20:00:31.000 [main] ERROR LocalStack - The platform did not start: vehicle-queue-service was not ready"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();

        int rc = GateProgress.follow(stackOut, dir.resolve("ready"), gone.pid(), Duration.ofMinutes(1), out);

        assertThat(rc).isEqualTo(1);
        assertThat(printed()).contains("Starting vehicle-queue-service on port 8081",
                "The platform did not start: vehicle-queue-service was not ready",
                "  vehicle-queue-service was still starting", "All of it: " + stackOut);
    }

    @Test
    void following_the_log_ends_with_exit_0_once_the_platform_is_ready() throws Exception {
        Path stackOut = dir.resolve("stack.out");
        Files.write(stackOut, LAUNCHER_START);
        Files.writeString(dir.resolve("ready"), "1\n");

        int rc = GateProgress.follow(stackOut, dir.resolve("ready"), ProcessHandle.current().pid(), Duration.ofMinutes(1), out);

        assertThat(rc).isZero();
        assertThat(printed()).contains("0.0 s  Starting the local platform", "9.4 s  Starting vehicle-queue-service on port 8081");
    }

    static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
    }
}
