package vn.laocai.gate.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The parts of {@code ./gate} written in Java, one command each:
 * <pre>
 *   status &lt;home&gt;                 what runs ({@link StackStatus}); exit 0, 3 when stopped, 4 when something is wrong
 *   restart &lt;home&gt; &lt;app&gt;          asks the launcher to restart one application and waits until it is ready
 *   build-check &lt;repo&gt; &lt;stamp&gt;     exit 0 when the last build is up to date, else 1 and the reason
 *   build-record &lt;repo&gt; &lt;stamp&gt;    records the fingerprint taken by build-check after a successful build
 *   audit &lt;home&gt; &lt;token-url&gt;       verifies the audit chain of every running service ({@link AuditCheck})
 *   stop-keycloak &lt;home&gt;          stops a Keycloak an earlier launcher left running ({@link LeftoverProcess})
 * </pre>
 */
public final class StackCli {

    private StackCli() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            fail(2, "usage: StackCli status|restart|build-check|build-record|audit|stop-keycloak ...");
        }
        switch (args[0]) {
            case "status" -> {
                StackStatus status = StackStatus.read(Path.of(args[1]), StackStatus.system());
                System.out.print(status.render());
                System.exit(status.exitCode());
            }
            case "restart" -> {
                if (args.length < 3) {
                    fail(2, "usage: ./gate restart <app> (applications: " + String.join(", ", Apps.names()) + ")");
                }
                System.exit(restart(Path.of(args[1]), args[2], Duration.ofSeconds(readyTimeoutSeconds() + 30)));
            }
            case "build-check" -> {
                Path repo = Path.of(args[1]);
                Path stamp = Path.of(args[2]);
                String fingerprint = BuildFingerprint.of(repo);
                write(pending(stamp), fingerprint);
                Optional<String> reason = BuildFingerprint.reasonToBuild(repo, stamp, fingerprint);
                System.out.println(reason.orElse("up to date"));
                System.exit(reason.isPresent() ? 1 : 0);
            }
            case "build-record" -> {
                Path stamp = Path.of(args[2]);
                Path pending = pending(stamp);
                try {
                    if (Files.exists(pending)) {
                        Files.move(pending, stamp, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        write(stamp, BuildFingerprint.of(Path.of(args[1])));
                    }
                } catch (IOException e) {
                    fail(1, "cannot write " + stamp + ": " + e.getMessage());
                }
            }
            case "audit" -> {
                if (args.length < 3) {
                    fail(2, "usage: StackCli audit <home> <token-url>");
                }
                System.exit(audit(Path.of(args[1]), args[2]));
            }
            case "stop-keycloak" -> KeycloakServer.stopLeftover(KeycloakServer.pidFile(Path.of(args[1])),
                            Path.of(args[1]).resolve("keycloak"))
                    .forEach(pid -> System.out.println("Stopped leftover Keycloak (pid " + pid + ")"));
            default -> fail(2, "unknown command " + args[0]);
        }
    }

    /** Verifies the audit chains of the running services as the supervisor; the exit code. */
    static int audit(Path home, String tokenUrl) {
        StackStatus status = StackStatus.read(home, StackStatus.system());
        if (!status.launcherRuns()) {
            return fail(2, "the platform is not running (./gate status); ./gate up starts it");
        }
        try {
            String token = TokenClient.fetch(tokenUrl, "supervisor", "supervisor");
            List<AuditCheck.Result> results = AuditCheck.run(status, token, java.net.http.HttpClient.newHttpClient());
            System.out.print(AuditCheck.render(results));
            return AuditCheck.exitCode(results);
        } catch (IllegalStateException e) {
            return fail(2, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(2, "interrupted");
        }
    }

    /** Asks the running launcher to restart {@code name} and waits until a new process of it is ready; the exit code. */
    static int restart(Path home, String name, Duration timeout) {
        StackStatus before = StackStatus.read(home, StackStatus.system());
        if (!before.launcherRuns()) {
            return fail(1, "the platform is not running (./gate status); ./gate up starts it");
        }
        if (!before.ready()) {
            return fail(1, "the platform is still starting: wait until ./gate up says it is ready (./gate status)");
        }
        List<String> running = before.apps().stream().map(a -> a.reported().name()).toList();
        Optional<StackStatus.App> app = before.apps().stream().filter(a -> a.reported().name().equals(name)).findFirst();
        if (app.isEmpty()) {
            return fail(2, (Apps.byName(name).isPresent()
                    ? name + " is not part of this stack (GATE_APPS)"
                    : "unknown application '" + name + "'") + "; applications: " + String.join(", ", running));
        }
        long oldPid = app.get().reported().pid();
        write(home.resolve(LocalStack.CONTROL_DIRECTORY).resolve(LocalStack.RESTART_REQUEST + name), "");
        System.out.println("Restarting " + name + (app.get().runs() ? " (pid " + oldPid + ")" : " (down)") + "...");
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            sleep();
            StackStatus now = StackStatus.read(home, StackStatus.system());
            if (!now.launcherRuns()) {
                return fail(1, "the launcher stopped while " + name + " restarted (./gate status, ./gate logs)");
            }
            Optional<StackStatus.App> current = now.apps().stream().filter(a -> a.reported().name().equals(name)).findFirst();
            if (current.isEmpty() || current.get().reported().pid() == oldPid) {
                continue;
            }
            AppStatus reported = current.get().reported();
            if (current.get().ready() && reported.state() == AppStatus.State.READY) {
                System.out.printf("%s is ready again (pid %d, %d s).%n", name, reported.pid(),
                        Duration.ofNanos(System.nanoTime() - start).toSeconds());
                return 0;
            }
            if (reported.state() == AppStatus.State.DOWN) {
                return fail(1, name + " did not come back: " + reported.detail() + " (./gate logs " + name + ")");
            }
            String progress = reported.state().label() + (reported.detail().isEmpty() ? "" : ": " + reported.detail());
            if (!progress.equals(last)) {
                System.out.printf("  %s pid %d %s%n", name, reported.pid(), progress);
                last = progress;
            }
        }
        return fail(1, name + " was not ready after " + timeout.toSeconds() + " s (./gate status, ./gate logs " + name + ")");
    }

    private static long readyTimeoutSeconds() {
        String value = System.getenv("GATE_READY_TIMEOUT");
        return value == null || !value.trim().matches("\\d+") ? 120 : Long.parseLong(value.trim());
    }

    private static Path pending(Path stamp) {
        return stamp.resolveSibling(stamp.getFileName() + ".pending");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static int fail(int code, String message) {
        System.err.println("gate: " + message);
        System.exit(code);
        return code;
    }
}
