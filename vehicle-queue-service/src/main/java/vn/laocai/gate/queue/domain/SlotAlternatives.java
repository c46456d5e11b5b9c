package vn.laocai.gate.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The free slot hours nearest to one a driver asked for, on both sides of it and in its direction, as HHLA's
 * slot booking offers them: up to {@code count} before it (latest first, never an hour that is over) and up
 * to {@code count} after it (earliest first), each within the search horizon. A slot is free when it takes at
 * least one more vehicle and no closure covers it; what that is for an hour comes from {@code freeAt}.
 */
public record SlotAlternatives(List<FreeSlot> before, List<FreeSlot> after) {

    /** A slot hour with room: its start and how many more vehicles it takes. */
    public record FreeSlot(Instant start, long free) {
    }

    public SlotAlternatives {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * The nearest free hours around {@code slot} (itself excluded): before it back to {@code earliest} (the
     * first hour still open to booking), after it up to {@code until} (excluded).
     */
    public static SlotAlternatives around(Instant slot, int count, Instant earliest, Instant until, ToLongFunction<Instant> freeAt) {
        Instant start = slot.truncatedTo(ChronoUnit.HOURS);
        // as far back as forward, and never into an hour that is over
        Instant backTo = start.minus(Duration.between(start, until));
        Instant first = earliest.truncatedTo(ChronoUnit.HOURS);
        Instant lowest = first.isAfter(backTo) ? first : backTo;
        List<FreeSlot> before = new ArrayList<>();
        for (Instant at = start.minus(ArrivalWindow.LENGTH); before.size() < count && !at.isBefore(lowest); at = at.minus(ArrivalWindow.LENGTH)) {
            long free = freeAt.applyAsLong(at);
            if (free > 0) {
                before.add(new FreeSlot(at, free));
            }
        }
        List<FreeSlot> after = new ArrayList<>();
        for (Instant at = start.plus(ArrivalWindow.LENGTH); after.size() < count && at.isBefore(until); at = at.plus(ArrivalWindow.LENGTH)) {
            long free = freeAt.applyAsLong(at);
            if (free > 0) {
                after.add(new FreeSlot(at, free));
            }
        }
        return new SlotAlternatives(before, after);
    }

    /** The first free slot after the one asked for, if any. */
    public Optional<Instant> nextFree() {
        return after.isEmpty() ? Optional.empty() : Optional.of(after.get(0).start());
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }
}
