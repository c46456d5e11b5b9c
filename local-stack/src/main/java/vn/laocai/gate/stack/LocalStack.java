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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The launcher ({@code java -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*"
 * vn.laocai.gate.stack.LocalStack}): starts the {@link Platform} with the
 * configuration of the {@code GATE_*} environment, reports it ready in {@code <home>/ready} and
 * {@code <home>/urls.txt}, and stops it cleanly on SIGTERM or Ctrl-C. {@code ./gate up} runs it.
 */
public final class LocalStack {

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
        platform.apps().forEach((name, p) -> p.process().onExit().thenAccept(exited -> {
            if (!stopping.get()) {
                log.warn("{} exited with code {}; see {}", name, exited.exitValue(), p.logFile());
            }
        }));
        String summary = platform.summary();
        write(home.resolve("urls.txt"), summary);
        write(appPidsFile, platform.apps().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().pid() + " " + e.getValue().baseUrl() + "\n")
                .collect(Collectors.joining()));
        write(readyFile, ProcessHandle.current().pid() + "\n");
        System.out.println(summary);
        System.out.flush();
        try {
            stopped.await();
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
