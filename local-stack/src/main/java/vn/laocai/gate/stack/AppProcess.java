package vn.laocai.gate.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One application running as a child process, its output appended to {@code logs/<app>.log}. */
public final class AppProcess {

    private static final String RUN_MARKER = "=====";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final AppSpec app;
    private final String baseUrl;
    private final Path logFile;
    private final Process process;
    private final long launchedAt = System.nanoTime();

    private AppProcess(AppSpec app, String baseUrl, Path logFile, Process process) {
        this.app = app;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
        this.process = process;
    }

    /** Runs {@code java <jvmOptions> -jar <jar>} in {@code directory} with {@code env} added to this process's environment. */
    static AppProcess launch(AppSpec app, Path jar, Path directory, List<String> jvmOptions, Map<String, String> env,
                             String baseUrl, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, System.lineSeparator() + RUN_MARKER + " " + app.name() + " starting at "
                            + OffsetDateTime.now() + " =====" + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            return new AppProcess(app, baseUrl, logFile, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + app.name() + " (" + String.join(" ", command) + ")", e);
        }
    }

    public AppSpec app() {
        return app;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** Time since the process was launched. */
    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - launchedAt);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails when the process exits or the time is up. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        String lastAnswer = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                throw new AppStartException(app.name() + " exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + logFile + ":\n" + tail(25));
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AppStartException("Interrupted while waiting for " + app.name());
            }
            if (System.nanoTime() > deadline) {
                throw new AppStartException(app.name() + " was not ready after " + timeout.toSeconds() + " s ("
                        + lastAnswer + "). Last lines of " + logFile + ":\n" + tail(25));
            }
            sleep(500);
        }
    }

    /** The last lines this run of the application wrote to its log. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            int from = 0;
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).startsWith(RUN_MARKER)) {
                    from = i + 1;
                    break;
                }
            }
            return String.join("\n", all.subList(Math.max(from, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    /** Kills the process at once (SIGKILL) and waits until it is gone. */
    void killNow() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks every process to stop (SIGTERM), waits up to {@code grace} in all, then kills those left. */
    static void stopAll(List<AppProcess> apps, Duration grace) {
        apps.forEach(a -> a.process.destroy());
        long deadline = System.nanoTime() + grace.toNanos();
        for (AppProcess a : apps) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!a.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    a.process.destroyForcibly();
                    a.process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                a.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppStartException("Interrupted while waiting");
        }
    }

    /** An application that did not become ready. */
    public static final class AppStartException extends RuntimeException {
        public AppStartException(String message) {
            super(message);
        }
    }
}
