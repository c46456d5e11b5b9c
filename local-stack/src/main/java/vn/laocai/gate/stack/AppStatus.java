package vn.laocai.gate.stack;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the launcher knows of one application instance, one line of {@code <home>/apps.pids}:
 * {@code <name> <pid> <url> <state> [detail...]}. The launcher writes the file on every change;
 * {@code ./gate status}, {@code ./gate restart} and {@code ./gate down} read it.
 *
 * @param name   the instance name ({@link Platform#instanceName})
 * @param pid    the process id of its current (or last) process
 * @param url    its base URL
 * @param state  what the launcher is doing with it
 * @param detail why, in words (the last exit, the next restart), or empty
 */
public record AppStatus(String name, long pid, String url, State state, String detail) {

    /** What the launcher is doing with an application. */
    public enum State {
        /** launched, not ready yet */
        STARTING,
        /** answered {@code /q/health/ready} with 200 */
        READY,
        /** exited; the launcher starts it again after a delay */
        RESTARTING,
        /** exited and not started again (restarts off, or given up) */
        DOWN,
        /** being stopped with the platform */
        STOPPING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AppStatus {
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(state);
        detail = detail == null ? "" : detail.replaceAll("\\s+", " ").trim();
    }

    public String toLine() {
        return name + " " + pid + " " + url + " " + state.label() + (detail.isEmpty() ? "" : " " + detail);
    }

    /** Reads a line written by {@link #toLine()}; also the older {@code <name> <pid> <url>} lines (state unknown: starting). */
    public static Optional<AppStatus> parse(String line) {
        String[] parts = line.trim().split(" ", 5);
        if (parts.length < 3 || !parts[1].matches("\\d+")) {
            return Optional.empty();
        }
        State state = State.STARTING;
        if (parts.length > 3) {
            try {
                state = State.valueOf(parts[3].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new AppStatus(parts[0], Long.parseLong(parts[1]), parts[2], state,
                parts.length > 4 ? parts[4] : ""));
    }
}
