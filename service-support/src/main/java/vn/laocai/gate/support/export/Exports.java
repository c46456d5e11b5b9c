package vn.laocai.gate.support.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.laocai.gate.support.i18n.Catalogue;
import vn.laocai.gate.support.i18n.Language;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link Table} as a file: CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read Vietnamese and
 * Chinese as such) or an XLSX workbook, its header row in the reader's language ({@code column.<code>} of the
 * catalogue, the code itself when it has no words for it).
 *
 * <p>A spreadsheet runs a CSV cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula (CSV injection): such a text value is written with a leading apostrophe, as OWASP advises; numbers
 * are written as they are. XLSX cells of text are text, never formulas, so they keep the value as it is.
 */
public final class Exports {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private Exports() {
    }

    /** The table as a download: its bytes, type and {@code Content-Disposition} naming the file. */
    public static Response response(Table table, ExportFormat format, Catalogue catalogue, Language language) {
        byte[] body = format == ExportFormat.CSV ? csv(table, catalogue, language) : xlsx(table, catalogue, language);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + table.fileName() + "." + format.extension() + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The header row: each column's words in {@code language}. */
    public static List<String> headers(Table table, Catalogue catalogue, Language language) {
        return table.columns().stream().map(code -> catalogue.term(language, "column", code)).toList();
    }

    public static byte[] csv(Table table, Catalogue catalogue, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(headers(table, catalogue, language).stream().map(Exports::neutralised).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(Exports::csvValue).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(Table table, Catalogue catalogue, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Kim Thanh border gate", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(table.fileName().length() > 31 ? table.fileName().substring(0, 31) : table.fileName());
            List<String> headers = headers(table, catalogue, language);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value instanceof Boolean bool) {
                        sheet.value(r + 1, c, bool);
                    } else if (value != null) {
                        sheet.value(r + 1, c, text(value));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text that a spreadsheet would take for a formula, with an apostrophe before it; any other as it is. */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static Object csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return neutralised(text(value));
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
