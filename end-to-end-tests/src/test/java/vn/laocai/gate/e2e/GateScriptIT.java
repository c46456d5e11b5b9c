package vn.laocai.gate.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.infra.FreePorts;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./gate} itself, on a stack of its own (a temporary GATE_HOME, free ports, the queue service
 * only, the build skipped): an application killed with -9 is started again by the launcher, and by
 * {@code ./gate restart}, and serves bookings again; after the launcher itself is killed with -9,
 * {@code ./gate status} lists what still runs and {@code ./gate down} stops it.
 */
class GateScriptIT {

    static final Path REPO = Path.of(System.getProperty("gate.root", "..")).toAbsolutePath().normalize();
    static final String QUEUE = "vehicle-queue-service";

    @TempDir
    static Path home;

    static final Map<String, String> env = new HashMap<>();
    static String queueUrl;

    record Run(int exitCode, String output) {
    }

    @BeforeAll
    static void up() {
        int queuePort = FreePorts.next();
        queueUrl = "http://127.0.0.1:" + queuePort;
        env.putAll(Map.of("GATE_HOME", home.toString(), "GATE_SKIP_BUILD", "1", "GATE_APPS", QUEUE,
                "GATE_PG_PORT", String.valueOf(FreePorts.next()), "GATE_KAFKA_PORT", String.valueOf(FreePorts.next()),
                "GATE_KAFKA_CONTROLLER_PORT", String.valueOf(FreePorts.next()),
                "GATE_IDENTITY_PORT", String.valueOf(FreePorts.next()),
                "GATE_PORT_VEHICLE_QUEUE_SERVICE", String.valueOf(queuePort), "GATE_READY_TIMEOUT", "240"));
        Run up = gate(Duration.ofMinutes(5), "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("build: skipped (GATE_SKIP_BUILD=1)", "Starting PostgreSQL", "Starting Kafka",
                "Starting " + QUEUE, "Ready in");
    }

    @AfterAll
    static void down() throws IOException {
        gate(Duration.ofMinutes(2), "down");
        for (String line : Files.exists(home.resolve("apps.pids")) ? Files.readAllLines(home.resolve("apps.pids")) : List.<String>of()) {
            ProcessHandle.of(Long.parseLong(line.split(" ")[1])).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void a_killed_service_comes_back_by_itself_and_by_gate_restart_and_a_killed_launcher_leaves_nothing_behind() throws Exception {
        String driver = gate(Duration.ofSeconds(30), "token", "driver").output().trim();
        assertThat(PlatformIT.book(queueUrl, driver, plate())).isNotBlank();

        // kill -9 the service: the status shows it down at once, the launcher starts it again, bookings work again
        long killed = appPid(QUEUE);
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(killed).isEmpty());
        Run down = gate(Duration.ofSeconds(30), "status");
        assertThat(down.exitCode()).as(down.output()).isEqualTo(4);
        assertThat(down.output()).containsPattern(QUEUE + " +pid \\d+ +\\S+ +(down, restarting|starting)");
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gate(Duration.ofSeconds(30), "status").exitCode() == 0);
        assertThat(appPid(QUEUE)).isNotEqualTo(killed);
        assertThat(gate(Duration.ofSeconds(30), "status").output())
                .containsPattern(QUEUE + " .* ready: restarted 1 time, last after exit code 137");
        assertThat(PlatformIT.book(queueUrl, driver, plate())).isNotBlank();

        // ./gate restart: refuses a name it does not know, restarts the service and waits until it is ready
        Run unknown = gate(Duration.ofSeconds(30), "restart", "vehicle-queue");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown application 'vehicle-queue'; applications: " + QUEUE);
        long before = appPid(QUEUE);
        Run restart = gate(Duration.ofMinutes(5), "restart", QUEUE);
        assertThat(restart.exitCode()).as(restart.output()).isZero();
        assertThat(restart.output()).contains("Restarting " + QUEUE + " (pid " + before + ")", QUEUE + " is ready again");
        assertThat(ProcessHandle.of(before)).isEmpty();
        assertThat(PlatformIT.book(queueUrl, driver, plate())).isNotBlank();

        // kill -9 the launcher: the service and PostgreSQL still run, the status says so, ./gate down stops them
        long service = appPid(QUEUE);
        long postgres = Long.parseLong(Files.readAllLines(home.resolve("postgres/postmaster.pid")).get(0).trim());
        ProcessHandle launcher = ProcessHandle.of(Long.parseLong(Files.readString(home.resolve("stack.pid")).trim())).orElseThrow();
        launcher.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !launcher.isAlive());
        Run orphans = gate(Duration.ofSeconds(30), "status");
        System.out.printf("./gate status after kill -9 of the launcher (exit %d):%n%s%n", orphans.exitCode(), orphans.output());
        assertThat(orphans.exitCode()).isEqualTo(4);
        assertThat(orphans.output()).doesNotContain("Stopped.")
                .contains("The launcher (pid " + launcher.pid() + ") is gone, but these still run without it:")
                .containsPattern(QUEUE + " +pid " + service + " ")
                .containsPattern("PostgreSQL +pid " + postgres + " ")
                .contains("./gate down stops them");
        Run stop = gate(Duration.ofMinutes(2), "down");
        assertThat(stop.output()).contains("Stopping leftover " + QUEUE + " (pid " + service + ")",
                "Stopping leftover PostgreSQL (pid " + postgres + ")", "Stopped what the launcher left running.");
        assertThat(ProcessHandle.of(service)).isEmpty();
        assertThat(ProcessHandle.of(postgres)).isEmpty();
        Run stopped = gate(Duration.ofSeconds(30), "status");
        assertThat(stopped.output()).isEqualTo("Stopped.\n");
        assertThat(stopped.exitCode()).isEqualTo(3);
    }

    static String plate() {
        return "29C-%03d.%02d".formatted(ThreadLocalRandom.current().nextInt(1000), ThreadLocalRandom.current().nextInt(100));
    }

    static long appPid(String app) throws IOException {
        return Files.readAllLines(home.resolve("apps.pids")).stream().filter(l -> l.startsWith(app + " "))
                .map(l -> Long.parseLong(l.split(" ")[1])).findFirst().orElseThrow();
    }

    /** Runs {@code ./gate <args>} with this stack's environment; output and errors together. */
    static Run gate(Duration timeout, String... args) {
        try {
            List<String> command = new ArrayList<>(List.of(REPO.resolve("gate").toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            builder.directory(REPO.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Path out = Files.createTempFile(home, "gate", ".out");
            builder.redirectOutput(out.toFile());
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./gate " + String.join(" ", args) + " did not end within " + timeout
                        + ":\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
