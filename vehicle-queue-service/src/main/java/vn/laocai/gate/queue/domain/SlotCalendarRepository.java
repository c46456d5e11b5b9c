package vn.laocai.gate.queue.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The configured days of the slot calendar. */
public interface SlotCalendarRepository {

    /** Configured days from {@code from} on. */
    Map<SlotCalendar.DayKey, List<Integer>> configuredFrom(LocalDate from);

    void save(LocalDate day, Direction direction, List<Integer> hourly, String by);
}
