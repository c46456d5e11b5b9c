package vn.laocai.gate.support.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads an exported file as a spreadsheet would: rows of cell texts, the header row first. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** A CSV export: refused unless it starts with the UTF-8 byte order mark, which is not part of the first header. */
    public static List<List<String>> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no UTF-8 byte order mark");
        }
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** An XLSX export's first sheet; an empty cell reads as an empty text. */
    public static List<List<String>> xlsx(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell == null ? "" : cell.getText());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
