package vn.laocai.gate.support.export;

import vn.laocai.gate.support.domain.InvalidValueException;

import java.util.Locale;

/** The formats a table is exported in: the file name's extension names it ({@code export.csv}, {@code export.xlsx}). */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The media type of CSV, as an annotation needs it. */
    public static final String CSV_TYPE = "text/csv";
    /** The media type of an Office Open XML workbook, as an annotation needs it. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The path parameter's pattern: one of the extensions. */
    public static final String EXTENSIONS = "csv|xlsx";

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of an extension; 400 naming {@code field} for any other. */
    public static ExportFormat of(String field, String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension == null ? null : extension.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new InvalidValueException(field, "must be csv or xlsx");
    }
}
