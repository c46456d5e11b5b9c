package vn.laocai.gate.queue.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The nearest free slots offered around one that cannot be booked. */
class SlotAlternativesTest {

    static final Instant NOW = Instant.parse("2026-06-15T01:10:00Z");
    static final Instant SLOT = Instant.parse("2026-06-15T05:00:00Z");
    static final Instant WEEK = SLOT.plus(Duration.ofDays(7));

    static Instant hours(long h) {
        return SLOT.plus(Duration.ofHours(h));
    }

    @Test
    void the_nearest_free_hours_on_each_side_skipping_full_ones_nearest_first() {
        // full: the slot itself, one hour before it and two after it
        Set<Instant> full = Set.of(SLOT, hours(-1), hours(1), hours(2));

        SlotAlternatives near = SlotAlternatives.around(SLOT, 2, NOW, WEEK, at -> full.contains(at) ? 0 : 5);

        assertThat(near.before()).extracting(SlotAlternatives.FreeSlot::start).containsExactly(hours(-2), hours(-3));
        assertThat(near.after()).extracting(SlotAlternatives.FreeSlot::start).containsExactly(hours(3), hours(4));
        assertThat(near.nextFree()).contains(hours(3));
        assertThat(near.after()).extracting(SlotAlternatives.FreeSlot::free).containsOnly(5L);
    }

    @Test
    void none_before_an_hour_that_is_over_and_the_current_hour_still_counts() {
        SlotAlternatives near = SlotAlternatives.around(SLOT, 3, NOW, WEEK, at -> 1);

        // 04:00, 03:00, 02:00 before; 01:00 (the hour now, 01:10) would be the fourth
        assertThat(near.before()).extracting(SlotAlternatives.FreeSlot::start).containsExactly(hours(-1), hours(-2), hours(-3));
        SlotAlternatives early = SlotAlternatives.around(Instant.parse("2026-06-15T02:00:00Z"), 3, NOW, WEEK, at -> 1);
        assertThat(early.before()).extracting(SlotAlternatives.FreeSlot::start).containsExactly(Instant.parse("2026-06-15T01:00:00Z"));
    }

    @Test
    void free_places_are_told_and_nothing_is_offered_past_the_horizon() {
        Map<Instant, Long> free = Map.of(hours(-4), 2L, hours(30), 7L);

        SlotAlternatives near = SlotAlternatives.around(SLOT, 3, NOW, hours(24), at -> free.getOrDefault(at, 0L));

        assertThat(near.before()).containsExactly(new SlotAlternatives.FreeSlot(hours(-4), 2));
        assertThat(near.after()).isEmpty();
        assertThat(near.nextFree()).isEmpty();
        assertThat(SlotAlternatives.around(SLOT, 3, NOW, hours(31), at -> free.getOrDefault(at, 0L)).after())
                .containsExactly(new SlotAlternatives.FreeSlot(hours(30), 7));
    }
}
