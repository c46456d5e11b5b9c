package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.clearance.domain.SharedConsignments.ClearedLine;
import vn.laocai.gate.support.opendata.OpenTable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The open dataset of clearance for one day: consignments cleared that day per direction and goods chapter, and the
 * time from declaration to clearance (median and 90th percentile, nearest rank, whole minutes). A consignment counts
 * once, in the chapter of its heaviest goods line (gross weight; the first such line on a tie), so the counts of a
 * day add up to the consignments cleared. A cell of fewer than {@value OpenTable#SMALL_CELL} consignments is
 * suppressed with its times.
 */
public final class ClearanceFigures {

    public static final List<String> COLUMNS = List.of("day", "direction", "hsChapter", "consignmentsCleared", "suppressed",
            "declarationToClearedMedianMinutes", "declarationToClearedP90Minutes");

    private ClearanceFigures() {
    }

    /** The day's table from the goods lines of the consignments cleared on it. */
    public static OpenTable of(LocalDate day, List<ClearedLine> lines) {
        Map<UUID, List<ClearedLine>> byConsignment = lines.stream().collect(Collectors.groupingBy(ClearedLine::declarationId));
        Map<String, List<ClearedLine>> cells = new TreeMap<>();
        byConsignment.values().stream().map(ClearanceFigures::heaviest).forEach(main ->
                cells.computeIfAbsent(main.direction() + "|" + main.hsCode().substring(0, 2), k -> new java.util.ArrayList<>()).add(main));
        OpenTable table = new OpenTable(COLUMNS);
        cells.forEach((key, consignments) -> table.cell(
                List.of(day.toString(), consignments.get(0).direction().name(), key.substring(key.indexOf('|') + 1)),
                consignments.size(), consignments.stream().map(c -> Duration.between(c.submittedAt(), c.clearedAt()).toSeconds()).toList()));
        return table;
    }

    /** The line a consignment is counted under: the heaviest, the first of those. */
    static ClearedLine heaviest(List<ClearedLine> lines) {
        return lines.stream().min(Comparator.comparing(ClearedLine::grossWeightKg).reversed()
                .thenComparingInt(ClearedLine::lineNumber)).orElseThrow();
    }
}
