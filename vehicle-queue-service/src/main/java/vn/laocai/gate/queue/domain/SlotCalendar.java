package vn.laocai.gate.queue.domain;

import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.SlotCalendarChanged;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many vehicles each slot hour takes, per direction: the default of every hour comes from the
 * lanes (design capacity, 200 trucks a lane a day, spread over 24 hours); a day can be configured
 * hour by hour (0 = no bookings that hour). Hours are the gate's local hours (Asia/Ho_Chi_Minh).
 * Configuring a day records {@code SlotCalendarChanged}.
 */
public final class SlotCalendar {

    private final ZoneId zone;
    private final Lanes lanes;
    private final int vehiclesPerLanePerDay;
    /** Configured days: (day, direction) to 24 hourly capacities. */
    private final Map<DayKey, List<Integer>> configured;
    private final RecordedEvents recordedEvents = new RecordedEvents();

    public record DayKey(LocalDate day, Direction direction) {
    }

    public SlotCalendar(ZoneId zone, Lanes lanes, int vehiclesPerLanePerDay, Map<DayKey, List<Integer>> configured) {
        this.zone = zone;
        this.lanes = lanes;
        this.vehiclesPerLanePerDay = vehiclesPerLanePerDay;
        this.configured = new HashMap<>(configured);
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

    /** The most vehicles an hour of one direction may be configured for. */
    public static final int MAX_HOURLY_CAPACITY = 500;

    /**
     * Configures a day of a direction hour by hour; bookings already made stay (a lowered hour may run
     * over until they pass). Refused: not 24 capacities, or one outside 0-500 (invalid value), or a day
     * that is over (rule {@code day-in-past}).
     */
    public void configure(LocalDate day, Direction direction, List<Integer> hourly, String officer, Instant now) {
        if (hourly.size() != 24) {
            throw new InvalidValueException("hourlyCapacity", "must give 24 capacities, one for each local hour 0-23").saying("capacities-per-hour");
        }
        if (hourly.stream().anyMatch(c -> c == null || c < 0 || c > MAX_HOURLY_CAPACITY)) {
            throw new InvalidValueException("hourlyCapacity", "each capacity must be between 0 and " + MAX_HOURLY_CAPACITY + " vehicles")
                    .saying("capacity-range", "max", MAX_HOURLY_CAPACITY);
        }
        if (day.isBefore(now.atZone(zone).toLocalDate())) {
            throw new RuleViolation("day-in-past", "day", "day " + day + " is over").with("day", day);
        }
        configured.put(new DayKey(day, direction), List.copyOf(hourly));
        recordedEvents.record(new SlotCalendarChanged(day.toString(), direction.name(), List.copyOf(hourly), officer, now));
    }

    /** The events caused since the last call; the caller publishes them. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public boolean isConfigured(LocalDate day, Direction direction) {
        return configured.containsKey(new DayKey(day, direction));
    }

    public ZoneId zone() {
        return zone;
    }
}
