package vn.laocai.gate.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The launcher ({@code java -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*"
 * vn.laocai.gate.stack.LocalStack}): starts the {@link Platform} with the
 * configuration of the {@code GATE_*} environment, reports it ready in {@code <home>/ready} and
 * {@code <home>/urls.txt}, and stops it cleanly on SIGTERM or Ctrl-C. {@code ./gate up} runs it.
 * It keeps {@code <home>/apps.pids} up to date ({@link AppStatus}, one line per application) and
 * restarts an application when {@code ./gate restart} asks, by a file {@code <home>/control/restart.<app>}.
 */
public final class LocalStack {

    /** Where {@code ./gate restart <app>} leaves its request {@code restart.<app>}. */
    static final String CONTROL_DIRECTORY = "control";
    static final String RESTART_REQUEST = "restart.";

    private LocalStack() {
    }

    public static void main(String[] args) {
        PlatformConfig config;
        try {
            config = PlatformConfig.fromEnvironment(System.getenv(), Path.of("").toAbsolutePath());
            Files.createDirectories(config.logsDirectory());
        } catch (IOException | RuntimeException e) {
            System.err.println("Bad configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        configureLogging(config.logsDirectory().resolve("stack.log"));
        Logger log = LoggerFactory.getLogger(LocalStack.class);

        Path home = config.home();
        Path pidFile = home.resolve("stack.pid");
        Path readyFile = home.resolve("ready");
        Path appPidsFile = home.resolve("apps.pids");
        deleteQuietly(readyFile);
        write(pidFile, ProcessHandle.current().pid() + "\n");

        Platform platform = Platform.create(config);
        platform.onChange(() -> writeStatuses(appPidsFile, platform));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            stopping.set(true);
            deleteQuietly(readyFile);
            platform.close();
            deleteQuietly(appPidsFile);
            deleteQuietly(pidFile);
            stopped.countDown();
        };
        onSignals(stop);

        log.info("Starting the local platform in {} (applications: {})", home,
                config.apps().stream().map(AppSpec::name).collect(Collectors.joining(", ")));
        try {
            platform.boot();
        } catch (RuntimeException e) {
            log.error("The platform did not start: {}", e.getMessage());
            stop.run();
            System.exit(1);
            return;
        }
        String summary = platform.summary();
        write(home.resolve("urls.txt"), summary);
        RestartPolicy policy = config.restartPolicy();
        if (policy.restarts()) {
            log.info("A crashed application is started again after {} s, then {} s, {} s ... (at most {} s apart);"
                            + " it restarts an application at most {} times in a row", policy.firstDelay().toSeconds(),
                    policy.firstDelay().toSeconds() * 2, policy.firstDelay().toSeconds() * 4,
                    policy.maxDelay().toSeconds(), policy.maxQuickFailures());
        } else {
            log.warn("Restarts are off (GATE_RESTART_ATTEMPTS=0): a crashed application stays down until ./gate restart");
        }
        watchRestartRequests(home.resolve(CONTROL_DIRECTORY), platform, stopping, log);
        write(readyFile, ProcessHandle.current().pid() + "\n");
        System.out.println(summary);
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Serialised: state changes come from several threads, and the file is replaced whole each time. */
    private static synchronized void writeStatuses(Path file, Platform platform) {
        write(file, platform.statuses().stream().map(s -> s.toLine() + "\n").collect(Collectors.joining()));
    }

    /** Polls the control folder for {@code restart.<app>} files and restarts those applications, one thread each. */
    private static void watchRestartRequests(Path control, Platform platform, AtomicBoolean stopping, Logger log) {
        try {
            Files.createDirectories(control);
            try (var stale = Files.list(control)) {
                stale.forEach(LocalStack::deleteQuietly);
            }
        } catch (IOException e) {
            log.warn("Cannot use {} for restart requests: {}", control, e.getMessage());
            return;
        }
        Thread watcher = new Thread(() -> {
            while (!stopping.get()) {
                try (var requests = Files.list(control)) {
                    requests.filter(f -> f.getFileName().toString().startsWith(RESTART_REQUEST)).forEach(f -> {
                        deleteQuietly(f);
                        String name = f.getFileName().toString().substring(RESTART_REQUEST.length());
                        Thread restart = new Thread(() -> restartOnRequest(platform, name, log), "restart-" + name);
                        restart.setDaemon(true);
                        restart.start();
                    });
                    Thread.sleep(300);
                } catch (IOException e) {
                    log.warn("Cannot read restart requests in {}: {}", control, e.getMessage());
                    sleepQuietly();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "restart-requests");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void restartOnRequest(Platform platform, String instanceName, Logger log) {
        Optional<Map.Entry<String, Integer>> instance = platform.config().apps().stream()
                .flatMap(a -> IntStream.rangeClosed(1, platform.config().instances(a.name()))
                        .mapToObj(i -> Map.entry(a.name(), i)))
                .filter(e -> Platform.instanceName(e.getKey(), e.getValue()).equals(instanceName))
                .findFirst();
        if (instance.isEmpty()) {
            log.warn("Restart requested for {}, which is not part of this platform", instanceName);
            return;
        }
        log.info("Restarting {} on request (./gate restart)", instanceName);
        try {
            platform.restart(instance.get().getKey(), instance.get().getValue());
            log.info("{} restarted and ready", instanceName);
        } catch (RuntimeException e) {
            log.error("{} did not come back: {}", instanceName, e.getMessage());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGTERM and SIGINT stop the platform in order (applications, then Kafka, then PostgreSQL)
     * before the JVM exits; plain shutdown hooks would run in no particular order.
     */
    @SuppressWarnings("removal")
    private static void onSignals(Runnable stop) {
        sun.misc.SignalHandler handler = signal -> new Thread(() -> {
            stop.run();
            System.exit(0);
        }, "stop-on-" + signal.getName()).start();
        for (String name : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), handler);
        }
    }

    /** slf4j-simple: Kafka and PostgreSQL at warn, the launcher at info, all appended to {@code stack.log} as well. */
    private static void configureLogging(Path stackLog) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.vn.laocai.gate", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        try {
            OutputStream file = new FileOutputStream(stackLog.toFile(), true);
            PrintStream console = System.err;
            System.setErr(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    console.write(b);
                    file.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    console.write(b, off, len);
                    file.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    console.flush();
                    file.flush();
                }
            }, true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + stackLog, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing to clean up then
        }
    }
}
