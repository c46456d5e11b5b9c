package vn.laocai.gate.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A process the launcher starts outside the JVM and records by pid in a file (Keycloak: {@code .gate/keycloak.pid}),
 * so that when the launcher is killed ({@code kill -9}) and cannot stop it, {@code ./gate down} and the next start
 * do: {@link #stopLeftover} ends every recorded pid that still runs and is still that program (its command line names
 * {@code marker}, e.g. the folder of the Keycloak distribution; a pid the system has given to another program since
 * is left alone), gently, then by force after a grace period.
 */
final class LeftoverProcess {

    private final Path pidFile;
    private final String marker;

    LeftoverProcess(Path pidFile, String marker) {
        this.pidFile = pidFile;
        this.marker = marker;
    }

    /** A Keycloak of the distributions folder {@code distributions} (its command line names it), recorded in {@code pidFile}. */
    static LeftoverProcess keycloak(Path pidFile, Path distributions) {
        return new LeftoverProcess(pidFile, distributions.toAbsolutePath().normalize().toString());
    }

    Path pidFile() {
        return pidFile;
    }

    /** Records {@code process} and the processes it started (a script's program), one pid a line. */
    void record(ProcessHandle process) {
        List<String> pids = Stream.concat(Stream.of(process), process.descendants())
                .map(p -> String.valueOf(p.pid())).toList();
        try {
            Files.createDirectories(pidFile.getParent());
            Files.write(pidFile, pids, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the pid in " + pidFile, e);
        }
    }

    /** Forgets the record, once the process was stopped as it should be. */
    void forget() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + pidFile, e);
        }
    }

    /**
     * Stops the recorded processes that still run and are still the program named by the marker, waiting up to
     * {@code grace} before forcing them; forgets the record. Answers the pids it stopped.
     */
    List<Long> stopLeftover(Duration grace) {
        if (!Files.isRegularFile(pidFile)) {
            return List.of();
        }
        List<ProcessHandle> left = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(pidFile, StandardCharsets.US_ASCII)) {
                parse(line).flatMap(ProcessHandle::of).filter(this::isTheProgram).ifPresent(left::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : left) {
            try {
                p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        forget();
        return left.stream().map(ProcessHandle::pid).toList();
    }

    private boolean isTheProgram(ProcessHandle process) {
        return process.isAlive() && process.info().commandLine().filter(line -> line.contains(marker)).isPresent();
    }

    private static Optional<Long> parse(String line) {
        String digits = line.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
