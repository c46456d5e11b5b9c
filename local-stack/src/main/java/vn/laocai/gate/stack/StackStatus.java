package vn.laocai.gate.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What runs of a local stack, from its files in {@code GATE_HOME} checked against the processes
 * that really run: the launcher ({@code stack.pid}), each application ({@code apps.pids}, see
 * {@link AppStatus}) and the embedded PostgreSQL ({@code postgres/postmaster.pid}). Kafka runs
 * inside the launcher. {@code ./gate status} prints {@link #render()}; its exit code is {@link #exitCode()}.
 *
 * @param launcherPid the launcher's pid from {@code stack.pid}, 0 when there is none
 * @param launcherRuns whether that process runs and is a launcher
 * @param ready whether the launcher reported the platform ready
 * @param apps each application instance as the launcher last reported it, with what really runs
 * @param postgres the embedded PostgreSQL, when its pid file exists
 * @param urls the summary printed at start ({@code urls.txt}), or empty
 */
public record StackStatus(long launcherPid, boolean launcherRuns, boolean ready, List<App> apps,
                          Optional<Postgres> postgres, String urls) {

    /** Exit code of {@code ./gate status} when nothing runs. */
    public static final int STOPPED = 3;
    /** Exit code when something is wrong: an application down or not ready, or the launcher gone while others still run. */
    public static final int DEGRADED = 4;

    /** How the status sees processes and health; the real one asks the operating system and HTTP. */
    public interface Probe {
        /** The command line of a live process, empty when none runs with that pid ("" when it cannot be read). */
        Optional<String> commandLine(long pid);

        /** The HTTP status of {@code <url>/q/health/ready} for each URL; 0 when there is no answer. */
        Map<String, Integer> health(List<String> urls);
    }

    /** One application instance: the launcher's view, whether its process runs, and its health (0 when not asked or no answer). */
    public record App(AppStatus reported, boolean runs, int health) {
        public boolean ready() {
            return runs && health == 200;
        }
    }

    /** The embedded PostgreSQL server. */
    public record Postgres(long pid, String port, boolean runs) {
    }

    public static StackStatus read(Path home, Probe probe) {
        long launcherPid = pid(readFirstLine(home.resolve("stack.pid")));
        boolean launcherRuns = launcherPid > 0
                && probe.commandLine(launcherPid).filter(c -> c.isEmpty() || c.contains("local-stack")).isPresent();
        List<AppStatus> reported = readLines(home.resolve("apps.pids")).stream()
                .flatMap(l -> AppStatus.parse(l).stream()).toList();
        List<Boolean> runs = reported.stream().map(a -> probe.commandLine(a.pid())
                .filter(c -> c.isEmpty() || c.contains("quarkus-run.jar")).isPresent()).toList();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            if (runs.get(i)) {
                urls.add(reported.get(i).url());
            }
        }
        Map<String, Integer> health = urls.isEmpty() ? Map.of() : probe.health(urls);
        List<App> apps = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            AppStatus a = reported.get(i);
            apps.add(new App(a, runs.get(i), runs.get(i) ? health.getOrDefault(a.url(), 0) : 0));
        }
        List<String> postmaster = readLines(home.resolve("postgres").resolve("postmaster.pid"));
        Optional<Postgres> postgres = Optional.empty();
        if (!postmaster.isEmpty() && pid(postmaster.get(0)) > 0) {
            long pid = pid(postmaster.get(0));
            boolean pgRuns = probe.commandLine(pid).filter(c -> c.isEmpty() || c.contains("postgres")).isPresent();
            postgres = Optional.of(new Postgres(pid, postmaster.size() > 3 ? postmaster.get(3).trim() : "?", pgRuns));
        }
        return new StackStatus(launcherPid, launcherRuns, launcherRuns && Files.exists(home.resolve("ready")),
                List.copyOf(apps), postgres, String.join("\n", readLines(home.resolve("urls.txt"))));
    }

    /** Processes that still run although the launcher does not: {@code ./gate down} stops them. */
    public List<String> leftovers() {
        List<String> left = new ArrayList<>();
        if (launcherRuns) {
            return left;
        }
        apps.stream().filter(App::runs).forEach(a -> left.add(a.reported().name() + " (pid " + a.reported().pid() + ")"));
        postgres.filter(Postgres::runs).ifPresent(p -> left.add("PostgreSQL (pid " + p.pid() + ")"));
        return left;
    }

    public int exitCode() {
        if (launcherRuns) {
            return apps.stream().allMatch(App::ready) || !ready ? 0 : DEGRADED;
        }
        return leftovers().isEmpty() ? STOPPED : DEGRADED;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        if (!launcherRuns) {
            if (leftovers().isEmpty()) {
                return "Stopped.\n";
            }
            out.append(launcherPid > 0
                            ? "The launcher (pid " + launcherPid + ") is gone, but these still run without it:\n"
                            : "No launcher runs, but these still run:\n");
            apps.stream().filter(App::runs).forEach(a -> out.append(line(a)));
            postgres.filter(Postgres::runs).ifPresent(p -> out.append(postgresLine(p)));
            out.append(String.format("  %-22s gone with the launcher (it ran inside it)%n", "Kafka"));
            out.append("Nothing restarts them. ./gate down stops them; ./gate up stops them and starts afresh.\n");
            return out.toString();
        }
        long notReady = apps.stream().filter(a -> !a.ready()).count();
        if (!ready) {
            out.append("Starting (launcher pid ").append(launcherPid).append(").\n");
        } else if (notReady == 0) {
            out.append("Running (launcher pid ").append(launcherPid).append(").\n");
        } else {
            out.append("Running, but ").append(notReady).append(" of ").append(apps.size())
                    .append(notReady == 1 ? " applications is" : " applications are").append(" not ready (launcher pid ")
                    .append(launcherPid).append(").\n");
        }
        apps.forEach(a -> out.append(line(a)));
        postgres.ifPresent(p -> out.append(postgresLine(p)));
        out.append(String.format("  %-22s in the launcher (pid %d)%n", "Kafka", launcherPid));
        if (ready && !urls.isBlank()) {
            out.append('\n').append(urls).append('\n');
        }
        return out.toString();
    }

    private String line(App a) {
        AppStatus r = a.reported();
        String state;
        if (a.ready()) {
            state = "ready";
        } else if (a.runs()) {
            state = (r.state() == AppStatus.State.READY ? "not ready" : r.state().label())
                    + (a.health() == 0 ? " (no answer)" : " (health HTTP " + a.health() + ")");
        } else if (launcherRuns && (r.state() == AppStatus.State.RESTARTING || r.state() == AppStatus.State.STARTING)) {
            state = "down, " + r.state().label();
        } else {
            state = "down";
        }
        if (!r.detail().isEmpty() && launcherRuns) {
            state += ": " + r.detail();
        }
        return String.format("  %-22s pid %-8d %-24s %s%n", r.name(), r.pid(), r.url(), state);
    }

    private static String postgresLine(Postgres p) {
        return String.format("  %-22s pid %-8d port %-19s %s%n", "PostgreSQL", p.pid(), p.port(), p.runs() ? "running" : "down");
    }

    /** The real probe: {@link ProcessHandle} for processes, HTTP (2 s at most) for health, all URLs at once. */
    public static Probe system() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return new Probe() {
            @Override
            public Optional<String> commandLine(long pid) {
                return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .map(h -> h.info().commandLine().orElse(""));
            }

            @Override
            public Map<String, Integer> health(List<String> urls) {
                Map<String, CompletableFuture<Integer>> answers = urls.stream().distinct().collect(Collectors.toMap(
                        Function.identity(), u -> http.sendAsync(HttpRequest.newBuilder(URI.create(u + "/q/health/ready"))
                                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                                .thenApply(HttpResponse::statusCode).exceptionally(e -> 0)));
                return answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().join()));
            }
        };
    }

    private static long pid(String text) {
        String digits = text == null ? "" : text.trim();
        return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : 0;
    }

    private static String readFirstLine(Path file) {
        List<String> lines = readLines(file);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
