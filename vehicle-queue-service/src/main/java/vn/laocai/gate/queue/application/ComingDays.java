package vn.laocai.gate.queue.application;

import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.CargoCategory;
import vn.laocai.gate.queue.domain.GateClosure;
import vn.laocai.gate.queue.domain.SlotCalendar;
import vn.laocai.gate.queue.simulation.ClosedHours;
import vn.laocai.gate.queue.simulation.ComingDay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A coming day as the simulation takes it, from the service's own data: the bookings whose slot lies
 * in the day (direction, cargo category, slot), the closures over it in hours from its start, and the
 * days of the slot calendar configured hour by hour.
 */
final class ComingDays {

    private ComingDays() {
    }

    static ComingDay of(LocalDate day, ZoneId zone, Collection<Booking> bookings, Collection<GateClosure> closures,
                        Map<SlotCalendar.DayKey, List<Integer>> calendar) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<ComingDay.BookedCrossing> booked = bookings.stream()
                .filter(b -> !b.window().start().isBefore(start) && b.window().start().isBefore(end))
                .map(b -> new ComingDay.BookedCrossing(b.direction(), b.cargoCategory() == CargoCategory.PERISHABLE, b.window().start()))
                .toList();
        List<ClosedHours> closed = closures.stream()
                .filter(c -> c.closedFrom().isBefore(end) && c.closedUntil().isAfter(start))
                .map(c -> new ClosedHours(hours(start, c.closedFrom()), hours(start, c.closedUntil()), c.directions()))
                .toList();
        return new ComingDay(day, booked, closed, calendar);
    }

    private static double hours(Instant start, Instant at) {
        return Duration.between(start, at).toSeconds() / 3600.0;
    }
}
