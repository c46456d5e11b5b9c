package vn.laocai.gate.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of processes from /proc (Linux), in milliseconds: for the benchmarks' "CPU per request".
 * A process's own user and system time; with its children, also what its children that ended used
 * (PostgreSQL's backends end with their connections, and the postmaster reaps them).
 */
final class CpuTime {

    /** Clock ticks a second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_MS = 0.1;

    private CpuTime() {
    }

    /** User + system time of one process; 0 where it cannot be read. */
    static long of(long pid) {
        return Math.round(ticks(pid, false) / TICKS_PER_MS);
    }

    /** The process, its living descendants and its ended children, together. */
    static long withChildren(ProcessHandle process) {
        long ticks = ticks(process.pid(), true) + process.descendants().mapToLong(p -> ticks(p.pid(), false)).sum();
        return Math.round(ticks / TICKS_PER_MS);
    }

    /** The PostgreSQL server whose data directory is {@code dataDirectory}: the postmaster, found by its command line. */
    static ProcessHandle postgres(Path dataDirectory) {
        String marker = "-D " + dataDirectory;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL found for " + dataDirectory));
        }
    }

    private static long ticks(long pid, boolean withEndedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // after the command in parentheses: state is field 3; utime 14, stime 15, cutime 16, cstime 17
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withEndedChildren ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
