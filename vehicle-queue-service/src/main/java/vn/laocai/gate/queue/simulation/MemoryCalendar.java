package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.SlotCalendar;
import vn.laocai.gate.queue.domain.SlotCalendarRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The slot calendar's port for one run: the days configured hour by hour (a copy of the service's, for
 * a coming day), every other hour taking the lanes' default capacity.
 */
final class MemoryCalendar implements SlotCalendarRepository {

    private final Map<SlotCalendar.DayKey, List<Integer>> configured;

    MemoryCalendar(Map<SlotCalendar.DayKey, List<Integer>> configured) {
        this.configured = Map.copyOf(configured);
    }

    @Override
    public Map<SlotCalendar.DayKey, List<Integer>> configuredFrom(LocalDate from) {
        return configured;
    }

    @Override
    public void save(LocalDate day, Direction direction, List<Integer> hourly, String by) {
        throw new UnsupportedOperationException("a simulated run does not change the calendar");
    }
}
