package vn.laocai.gate.events;

import java.time.Instant;
import java.util.List;

/** The gate management board configured the slot calendar of a local day for a direction: the capacity of each of its 24 hours. Keyed by day and direction. */
public record SlotCalendarChanged(
        String day,
        String direction,
        List<Integer> hourlyCapacity,
        String configuredBy,
        Instant configuredAt) implements GateEvent {

    @Override
    public String aggregateId() {
        return "slots:" + day + ":" + direction;
    }
}
