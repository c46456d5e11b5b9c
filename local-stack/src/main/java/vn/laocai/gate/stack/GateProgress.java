package vn.laocai.gate.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ./gate up} prints while it works. JDK only, so that the script runs it from its source
 * ({@code java GateProgress.java build <log>}) before anything is built.
 * <ul>
 * <li>{@code build <log>}: Maven's output on stdin goes whole to {@code <log>}; one line per module as it
 * finishes, with its time; on failure the {@code [ERROR]} lines and the log's name; exit 1.</li>
 * <li>{@code start <stack.out> <ready file> <launcher pid> <timeout s>}: follows the launcher's console and
 * prints each component starting and ready with its time since the launcher's start, until the ready file
 * appears (exit 0); when the launcher dies, the error, the components still starting and the last ERROR
 * lines of their logs (exit 1); after the timeout, exit 3.</li>
 * </ul>
 */
public final class GateProgress {

    static final int ERROR_LINES = 40;
    static final int COMPONENT_ERROR_LINES = 12;

    private GateProgress() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int rc;
        if (args.length == 2 && args[0].equals("build")) {
            rc = build(System.in, Path.of(args[1]), System.out, System::nanoTime);
        } else if (args.length == 5 && args[0].equals("start")) {
            rc = follow(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]),
                    Duration.ofSeconds(Long.parseLong(args[4])), System.out);
        } else {
            System.err.println("usage: GateProgress build <log> | start <stack.out> <ready file> <pid> <timeout s>");
            rc = 2;
        }
        System.exit(rc);
    }

    /** Copies Maven's output to {@code log} and prints the modules as they finish; 0 when the build succeeded. */
    static int build(InputStream maven, Path log, PrintStream out, LongSupplier nanos) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        BuildPrinter printer = new BuildPrinter(out, nanos);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(maven, StandardCharsets.UTF_8));
             Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                file.write(line);
                file.write('\n');
                file.flush();
                printer.line(line);
            }
        }
        return printer.end(log);
    }

    /** One line per Maven module with its time, from the reactor's "Building ... [n/m]" lines. */
    static final class BuildPrinter {

        private static final Pattern MODULE = Pattern.compile("^\\[INFO] Building (.+?) \\S*-SNAPSHOT +\\[(\\d+)/(\\d+)]$");

        private final PrintStream out;
        private final LongSupplier nanos;
        private final List<String> errors = new ArrayList<>();
        private final Deque<String> tail = new ArrayDeque<>();
        private String module;
        private String position;
        private long started;
        private boolean success;
        private boolean failure;

        BuildPrinter(PrintStream out, LongSupplier nanos) {
            this.out = out;
            this.nanos = nanos;
        }

        void line(String line) {
            tail.addLast(line);
            if (tail.size() > ERROR_LINES) {
                tail.removeFirst();
            }
            Matcher m = MODULE.matcher(line);
            if (m.matches()) {
                finish("");
                module = m.group(1).trim();
                position = "[%" + m.group(3).length() + "s/%s]";
                position = position.formatted(m.group(2), m.group(3));
                started = nanos.getAsLong();
            } else if (line.startsWith("[INFO] BUILD SUCCESS")) {
                success = true;
                finish("");
            } else if (line.startsWith("[INFO] BUILD FAILURE")) {
                failure = true;
                finish("FAILED after ");
            } else if (line.startsWith("[ERROR]") && errors.size() < ERROR_LINES) {
                errors.add(line);
            }
        }

        private void finish(String how) {
            if (module != null) {
                out.printf(Locale.ROOT, "  %s %-34s %s%s%n", position, module, how, seconds(nanos.getAsLong() - started));
                out.flush();
                module = null;
            }
        }

        int end(Path log) {
            if (success && !failure) {
                return 0;
            }
            finish("FAILED after ");
            out.println("The build failed. " + (errors.isEmpty() ? "Last lines" : "Errors") + " of " + log + ":");
            (errors.isEmpty() ? tail : errors).forEach(out::println);
            out.flush();
            return 1;
        }
    }

    /** Follows {@code stackOut} while the launcher {@code pid} runs; see the class comment for the exit codes. */
    static int follow(Path stackOut, Path ready, long pid, Duration timeout, PrintStream out)
            throws IOException, InterruptedException {
        StartPrinter printer = new StartPrinter(out);
        long deadline = System.nanoTime() + timeout.toNanos();
        long position = 0;
        while (true) {
            boolean isReady = Files.exists(ready);
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            position = read(stackOut, position, printer);
            if (isReady) {
                return 0;
            }
            if (!alive) {
                printer.failure(stackOut.toAbsolutePath().getParent()).forEach(out::println);
                out.println("All of it: " + stackOut);
                out.flush();
                return 1;
            }
            if (System.nanoTime() > deadline) {
                printer.stillStarting().forEach(c -> out.println("  still starting: " + c));
                out.flush();
                return 3;
            }
            Thread.sleep(300);
        }
    }

    /** Hands the complete lines appended since {@code from} to the printer; answers the position after them. */
    private static long read(Path file, long from, StartPrinter printer) throws IOException {
        if (!Files.exists(file)) {
            return from;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= from) {
                return from;
            }
            byte[] bytes = new byte[(int) Math.min(length - from, 1 << 20)];
            in.seek(from);
            in.readFully(bytes);
            // a line not ended yet waits for the next read
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            new String(bytes, 0, end, StandardCharsets.UTF_8).lines().forEach(printer::line);
            return from + end;
        }
    }

    /** The launcher's log lines (slf4j-simple) as progress: time since the first line, then the message. */
    static final class StartPrinter {

        private static final Pattern LOG_LINE = Pattern.compile(
                "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[[^]]*] (INFO|WARN|ERROR) (\\S+) - (.*)$");
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
        private static final Pattern STARTING = Pattern.compile("^Starting (?:the )?(.+?) (?:on port \\d+|again)$");
        private static final Pattern READY = Pattern.compile("^(.+?) ready\\b.*$");
        private static final List<String> OWN_LOGGERS = List.of("LocalStack", "Platform", "Restartable", "KeycloakServer");

        private final PrintStream out;
        private final Map<String, String> starting = new LinkedHashMap<>();
        private final Deque<String> errors = new ArrayDeque<>();
        private LocalDateTime first;
        private String failureLine;
        private final List<String> failureDetail = new ArrayList<>();

        StartPrinter(PrintStream out) {
            this.out = out;
        }

        void line(String line) {
            Matcher m = LOG_LINE.matcher(line);
            if (!m.matches()) {
                if (failureLine != null) {
                    failureDetail.add(line);
                }
                return;
            }
            LocalDateTime at = LocalDateTime.parse(m.group(1), TIME);
            if (first == null) {
                first = at;
            }
            String level = m.group(2);
            String logger = m.group(3);
            String message = m.group(4);
            String elapsed = seconds(Duration.between(first, at).toNanos());
            if (level.equals("INFO")) {
                track(message);
                out.printf(Locale.ROOT, "  %8s  %s%n", elapsed, message);
            } else {
                if (level.equals("ERROR")) {
                    errors.addLast(message);
                    if (errors.size() > COMPONENT_ERROR_LINES) {
                        errors.removeFirst();
                    }
                    if (logger.equals("LocalStack")) {
                        failureLine = message;
                    }
                }
                if (OWN_LOGGERS.contains(logger)) {
                    out.printf(Locale.ROOT, "  %8s  %s %s%n", elapsed, level, message);
                }
            }
            out.flush();
        }

        private void track(String message) {
            Matcher start = STARTING.matcher(message);
            if (start.matches()) {
                starting.put(key(start.group(1)), start.group(1));
                return;
            }
            Matcher ready = READY.matcher(message);
            if (ready.matches()) {
                starting.remove(key(ready.group(1)));
            }
        }

        private static String key(String component) {
            return component.toLowerCase(Locale.ROOT);
        }

        /** The components that said they were starting and not yet that they were ready. */
        List<String> stillStarting() {
            return List.copyOf(starting.values());
        }

        /** What explains a launcher that stopped before ready: its error, and for each component still starting its log's errors. */
        List<String> failure(Path logs) {
            List<String> lines = new ArrayList<>();
            // the launcher's own error says "The platform did not start: ..." already
            lines.add(Optional.ofNullable(failureLine).orElseGet(() -> "The platform did not start: "
                    + Optional.ofNullable(errors.peekLast()).orElse("the launcher stopped without an error")));
            for (String component : starting.values()) {
                Path log = logs.resolve(component.toLowerCase(Locale.ROOT).replace(' ', '-') + ".log");
                List<String> found = Files.isRegularFile(log) ? lastErrors(log) : List.of();
                if (!found.isEmpty()) {
                    lines.add("  " + component + " was still starting; the last ERROR lines of " + log + ":");
                    found.forEach(l -> lines.add("    " + l));
                } else {
                    lines.add("  " + component + " was still starting" + (Files.isRegularFile(log) ? "; its log: " + log : ""));
                }
            }
            if (lines.size() == 1 + starting.size()) {
                // no component's log told more: what the launcher said after its error, or its last errors
                (failureDetail.isEmpty() ? List.copyOf(errors) : failureDetail).stream()
                        .limit(COMPONENT_ERROR_LINES * 2L).forEach(l -> lines.add("    " + l));
            }
            return lines;
        }
    }

    /** The ERROR lines of the last run in an application's log (after its last {@code =====} line). */
    static List<String> lastErrors(Path log) {
        List<String> all;
        try {
            all = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = 0;
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).startsWith("=====")) {
                from = i + 1;
                break;
            }
        }
        List<String> errors = all.subList(from, all.size()).stream()
                .filter(l -> l.contains(" ERROR ") || l.startsWith("ERROR") || l.contains("Exception:")).toList();
        return errors.subList(Math.max(0, errors.size() - COMPONENT_ERROR_LINES), errors.size());
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
