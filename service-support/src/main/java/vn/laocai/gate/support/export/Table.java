package vn.laocai.gate.support.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Rows to export: each column a stable code (its header comes from the reader's catalogue, {@code column.<code>}),
 * each value a number, a string, an enum (its name), an instant or a date (ISO-8601), a boolean or null.
 */
public final class Table {

    private final String fileName;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Table(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /** An empty table saved as {@code <fileName>.<extension>} (ASCII letters, digits, dashes). */
    public static Table of(String fileName, String... columns) {
        if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("Not a plain file name: " + fileName);
        }
        return new Table(fileName, List.of(columns));
    }

    /** Adds a row: one value per column. */
    public Table row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(values)));
        return this;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }
}
