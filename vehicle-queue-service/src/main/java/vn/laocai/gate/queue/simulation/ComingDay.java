package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.SlotCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A real day of the gate as the service knows it before it comes: the crossings booked for it, the
 * closures in force over it and the days of the slot calendar configured hour by hour. A run of it
 * takes these as they are and adds from the model only what the service does not know yet: the
 * trucks that come without a booking (the model's {@code walkInShare} of the booked), the no-shows,
 * lateness, papers and agency times.
 *
 * @param date      the local day (the gate's zone)
 * @param booked    the bookings whose slot lies in the day, still to come
 * @param closures  the closures over the day, in hours from its start (may start before it or end after it)
 * @param calendar  the configured days of the slot calendar; an hour not configured takes the lanes' default
 */
public record ComingDay(LocalDate date, List<BookedCrossing> booked, List<ClosedHours> closures,
                        Map<SlotCalendar.DayKey, List<Integer>> calendar) {

    public ComingDay {
        booked = List.copyOf(booked);
        closures = List.copyOf(closures);
        calendar = Map.copyOf(calendar);
    }

    /** One booking of the day: its direction, whether its cargo is perishable (as booked), the start of its slot. */
    public record BookedCrossing(Direction direction, boolean perishable, Instant slotStart) {
    }

    /** The same day with one closure more (a supervisor's what-if). */
    public ComingDay withClosure(ClosedHours closure) {
        List<ClosedHours> more = new java.util.ArrayList<>(closures);
        more.add(closure);
        return new ComingDay(date, booked, more, calendar);
    }
}
