package vn.laocai.gate.queue.domain;

import vn.laocai.gate.queue.domain.SharedCrossings.GateExit;
import vn.laocai.gate.support.opendata.OpenTable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The open dataset of the queue for one day: the vehicles that left the gate that day per direction, and their wait
 * from check-in to gate-in (median and 90th percentile, nearest rank, whole minutes). A vehicle that never checked in
 * (admitted by an officer without one) counts as a crossing but has no wait. A direction with fewer than
 * {@value OpenTable#SMALL_CELL} crossings is suppressed with its waits.
 */
public final class CrossingFigures {

    public static final List<String> COLUMNS = List.of("day", "direction", "crossings", "suppressed",
            "checkInToGateInMedianMinutes", "checkInToGateInP90Minutes");

    private CrossingFigures() {
    }

    /** The day's table from the vehicles that left the gate on it. */
    public static OpenTable of(LocalDate day, List<GateExit> exits) {
        Map<Direction, List<GateExit>> cells = new TreeMap<>(exits.stream().collect(Collectors.groupingBy(GateExit::direction)));
        OpenTable table = new OpenTable(COLUMNS);
        cells.forEach((direction, vehicles) -> {
            List<Long> waits = vehicles.stream().filter(v -> v.checkedInAt() != null && v.enteredGateAt() != null)
                    .map(v -> Duration.between(v.checkedInAt(), v.enteredGateAt()).toSeconds()).toList();
            table.cell(List.of(day.toString(), direction.name()), vehicles.size(), waits);
        });
        return table;
    }
}
