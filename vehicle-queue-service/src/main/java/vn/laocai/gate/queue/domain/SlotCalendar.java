package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * How many vehicles each slot hour takes, per direction: the default of every hour comes from the
 * lanes (design capacity, 200 trucks a lane a day, spread over 24 hours); a day can be configured
 * hour by hour (0 = no bookings that hour). Hours are the gate's local hours (Asia/Ho_Chi_Minh).
 */
public final class SlotCalendar {

    private final ZoneId zone;
    private final Lanes lanes;
    private final int vehiclesPerLanePerDay;
    /** Configured days: (day, direction) to 24 hourly capacities. */
    private final Map<DayKey, List<Integer>> configured;

    public record DayKey(LocalDate day, Direction direction) {
    }

    public SlotCalendar(ZoneId zone, Lanes lanes, int vehiclesPerLanePerDay, Map<DayKey, List<Integer>> configured) {
        this.zone = zone;
        this.lanes = lanes;
        this.vehiclesPerLanePerDay = vehiclesPerLanePerDay;
        this.configured = Map.copyOf(configured);
    }

    /** The default capacity of one hour: the direction's daily design capacity over 24 hours, rounded up. */
    public int defaultHourly(Direction direction) {
        int daily = lanes.count(direction) * vehiclesPerLanePerDay;
        return (daily + 23) / 24;
    }

    public int capacity(Direction direction, Instant slotStart) {
        ZonedDateTime local = slotStart.atZone(zone);
        List<Integer> day = configured.get(new DayKey(local.toLocalDate(), direction));
        return day == null ? defaultHourly(direction) : day.get(local.getHour());
    }

    /** The 24 hourly capacities of a day. */
    public List<Integer> day(LocalDate day, Direction direction) {
        List<Integer> configuredDay = configured.get(new DayKey(day, direction));
        if (configuredDay != null) {
            return configuredDay;
        }
        int hourly = defaultHourly(direction);
        return java.util.Collections.nCopies(24, hourly);
    }

    public boolean isConfigured(LocalDate day, Direction direction) {
        return configured.containsKey(new DayKey(day, direction));
    }

    public ZoneId zone() {
        return zone;
    }
}
