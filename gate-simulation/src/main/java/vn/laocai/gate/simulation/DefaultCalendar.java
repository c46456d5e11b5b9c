package vn.laocai.gate.simulation;

import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.SlotCalendar;
import vn.laocai.gate.queue.domain.SlotCalendarRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The slot calendar's port with no day configured: every hour takes the lanes' default capacity. */
final class DefaultCalendar implements SlotCalendarRepository {

    @Override
    public Map<SlotCalendar.DayKey, List<Integer>> configuredFrom(LocalDate from) {
        return Map.of();
    }

    @Override
    public void save(LocalDate day, Direction direction, List<Integer> hourly, String by) {
        throw new UnsupportedOperationException("the simulation keeps the default calendar");
    }
}
