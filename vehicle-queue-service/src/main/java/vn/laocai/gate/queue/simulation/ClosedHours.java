package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.Direction;

import java.util.EnumSet;
import java.util.Set;

/**
 * A period in which the gate is closed for some directions, in hours from the start of the first day of
 * a run. An announced closure is declared to the queue before the bookings are made ({@code GateClosure},
 * {@code MOVE}): the slot calendar refuses its hours and the bookings it hits move past it. One not
 * announced (a flood, a breakdown, the other side stopping on the day) only stops the gate: the trucks
 * come for their slots and wait.
 */
public record ClosedHours(double fromHour, double untilHour, Set<Direction> directions, boolean announced) {

    public ClosedHours {
        directions = Set.copyOf(directions);
    }

    /** An announced closure of some directions. */
    public ClosedHours(double fromHour, double untilHour, Set<Direction> directions) {
        this(fromHour, untilHour, directions, true);
    }

    /** An announced closure of both directions. */
    public ClosedHours(double fromHour, double untilHour) {
        this(fromHour, untilHour, EnumSet.allOf(Direction.class));
    }

    boolean covers(Direction direction, double t) {
        return directions.contains(direction) && t >= fromHour * 3600 && t < untilHour * 3600;
    }
}
