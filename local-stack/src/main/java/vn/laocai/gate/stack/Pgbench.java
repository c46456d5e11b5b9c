package vn.laocai.gate.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * pgbench from {@code postgresql-client}, installed with apt-get when it is missing (the command says
 * so), run on a script for a number of seconds; its rate and the latency of every transaction (from its
 * per-transaction log, {@code -l}).
 */
final class Pgbench {

    /** What one run measured. */
    record Run(double tps, long failed, Latencies latencies) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final String executable;

    private Pgbench(String executable) {
        this.executable = executable;
    }

    /** pgbench on the PATH, installed first when missing. */
    static Pgbench find() throws IOException, InterruptedException {
        if (onPath("pgbench") == null) {
            System.out.println("pgbench is missing: installing postgresql-client with apt-get ...");
            run(List.of("apt-get", "update", "-qq"));
            run(List.of("apt-get", "install", "-y", "-qq", "postgresql-client"));
        }
        String path = onPath("pgbench");
        if (path == null) {
            throw new IllegalStateException("pgbench not found after installing postgresql-client");
        }
        return new Pgbench(path);
    }

    String version() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return out;
    }

    /** Runs {@code script} on {@code clients} connections for {@code seconds}; the output goes to {@code work}. */
    Run run(Path script, String host, int port, String user, String database, int clients, int seconds, Path work)
            throws IOException, InterruptedException {
        Path logs = Files.createTempDirectory(work, "pgbench-log");
        List<String> command = List.of(executable, "-h", host, "-p", String.valueOf(port), "-U", user, "-n",
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(),
                "-l", "--log-prefix=" + logs.resolve("tx"), database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds + 120L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("no rate in pgbench's output:\n" + out);
        }
        Matcher failed = FAILED.matcher(out);
        Latencies latencies = new Latencies();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    // client_id transaction_no time_us script_no time_epoch time_us_part
                    String[] f = line.split(" ");
                    if (f.length >= 3 && !"failed".equals(f[2]) && !"skipped".equals(f[2])) {
                        latencies.add(Long.parseLong(f[2]));
                    }
                }
            }
        }
        return new Run(Double.parseDouble(tps.group(1)), failed.find() ? Long.parseLong(failed.group(1)) : 0, latencies);
    }

    private static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).inheritIO();
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }
}
