package vn.laocai.gate.support.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an open dataset under its columns, written as CSV (RFC 4180, header first) or as JSON records.
 * A count under {@value #SMALL_CELL} is suppressed ({@link #count}): {@code <3} in the CSV, {@code null} in JSON, and
 * the row says {@code suppressed}; so are the figures computed from it, which would be one trader's own times.
 */
public final class OpenTable {

    /** Counts under this are not published as such: they could point at one trader or one vehicle. */
    public static final int SMALL_CELL = 3;
    /** What the CSV shows for a suppressed count. */
    public static final String SMALL_CELL_TEXT = "<" + SMALL_CELL;

    private static final Object SUPPRESSED = new Object();

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public OpenTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Whether {@code count} is too small to publish. */
    public static boolean small(long count) {
        return count < SMALL_CELL;
    }

    /** A count as published: itself, or suppressed when small. */
    public static Object count(long count) {
        return small(count) ? SUPPRESSED : count;
    }

    /** A figure derived from {@code count} records: itself, or suppressed (null) when the count is small. */
    public static Object figure(long count, Object value) {
        return small(count) ? null : value;
    }

    /** Adds a row, a value per column in order. */
    public OpenTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + columns.size() + " values, not " + values.length);
        }
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    /**
     * Adds the row of a cell: its {@code keys}, then its {@code count} of records, whether that is suppressed, and the
     * median and 90th percentile (nearest rank, whole minutes) of {@code seconds}, the durations measured of them;
     * the figures are suppressed when the count is, or when fewer than {@value #SMALL_CELL} durations were measured.
     */
    public OpenTable cell(List<Object> keys, long count, List<Long> seconds) {
        int measured = small(count) ? 0 : seconds.size();
        List<Object> values = new ArrayList<>(keys);
        values.add(count(count));
        values.add(small(count));
        values.add(figure(measured, Percentiles.minutes(Percentiles.of(seconds, 50))));
        values.add(figure(measured, Percentiles.minutes(Percentiles.of(seconds, 90))));
        return row(values.toArray());
    }

    public List<String> columns() {
        return columns;
    }

    /** The rows as JSON records, column to value, a suppressed count as null. */
    public List<Map<String, Object>> records() {
        return rows.stream().map(row -> {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object value = row.get(i);
                record.put(columns.get(i), value == SUPPRESSED ? null : value);
            }
            return record;
        }).toList();
    }

    /** The table as CSV: the header, then a line per row; a suppressed count as {@value #SMALL_CELL_TEXT}, null as empty. */
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v == SUPPRESSED ? SMALL_CELL_TEXT : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
