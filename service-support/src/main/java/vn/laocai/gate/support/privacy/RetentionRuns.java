package vn.laocai.gate.support.privacy;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every service's personal-data retention job does the same way: a scheduled run as of now, none once the
 * app is stopping; each kind of record erased in batches of at most {@value #BATCH} (the next run takes the rest)
 * with {@link PersonalData#ERASED}, everything last changed before {@code now - retention}, and the run's audit
 * entry ({@link PersonalDataErasures}). The job keeps its schedule, its lock (one instance at a time) and its
 * transaction, and names its repository's method.
 */
@ApplicationScoped
public class RetentionRuns {

    /** The most records of one kind a run erases. */
    public static final int BATCH = 500;

    private final PersonalDataErasures erasures;
    private final Clock clock;
    private volatile boolean stopped;

    public RetentionRuns(PersonalDataErasures erasures, Clock clock) {
        this.erasures = erasures;
        this.clock = clock;
    }

    /** A repository's erasure: of at most {@code limit} records older than {@code before}, overwritten with {@code erased}; their ids. */
    @FunctionalInterface
    public interface Eraser<T> {
        List<T> erase(Instant before, String erased, int limit);
    }

    /** The scheduled run: {@code run} as of now, unless the app is stopping. */
    public void scheduled(Consumer<Instant> run) {
        if (!stopped) {
            run.accept(Instant.now(clock));
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /**
     * Erases one batch of {@code subject} (e.g. "bookings") older than {@code retention} as of {@code now} and records
     * it in the audit trail, in the caller's transaction; answers the ids of the records erased.
     */
    public <T> List<String> erase(String subject, Duration retention, Instant now, Eraser<T> eraser) {
        Instant before = now.minus(retention);
        List<String> erased = eraser.erase(before, PersonalData.ERASED, BATCH).stream().map(String::valueOf).toList();
        return erasures.recorded(subject, retention, before, erased);
    }
}
