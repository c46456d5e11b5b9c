package vn.laocai.gate.support.export;

import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.i18n.Catalogue;
import vn.laocai.gate.support.i18n.Language;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportsTest {

    private static final Catalogue CATALOGUE = Catalogue.load("i18n/support");
    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"a\"\nb)";

    private final Table table = Table.of("test-export", "step", "cases")
            .row(HOSTILE, 3)
            .row("Thanh long ruột đỏ 红心火龙果", -2)
            .row(null, 0);

    @Test
    void csvStartsWithAByteOrderMarkAndRoundTripsQuotesNewlinesAndFormulasSafely() throws IOException {
        byte[] bytes = Exports.csv(table, CATALOGUE, Language.EN);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> records = ExportFiles.csv(bytes);
        assertThat(records).hasSize(4);
        assertThat(records.get(0)).containsExactly("step", "cases");
        assertThat(records.get(1).get(0)).isEqualTo("'" + HOSTILE);
        assertThat(records.get(1).get(1)).isEqualTo("3");
        assertThat(records.get(2).get(0)).isEqualTo("Thanh long ruột đỏ 红心火龙果");
        // a number stays a number, minus sign and all
        assertThat(records.get(2).get(1)).isEqualTo("-2");
        assertThat(records.get(3).get(0)).isEmpty();
    }

    @Test
    void textsThatASpreadsheetWouldRunAreNeutralised() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Exports.neutralised(formula)).isEqualTo("'" + formula);
        }
        assertThat(Exports.neutralised("KT2-7XK4P9")).isEqualTo("KT2-7XK4P9");
        assertThat(Exports.neutralised("")).isEmpty();
    }

    @Test
    void xlsxKeepsTextAsTextAndNumbersAsNumbers() throws IOException {
        byte[] bytes = Exports.xlsx(table, CATALOGUE, Language.EN);
        List<List<String>> rows = ExportFiles.xlsx(bytes);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("step", "cases");
        assertThat(rows.get(1)).containsExactly(HOSTILE, "3");
        assertThat(rows.get(2)).containsExactly("Thanh long ruột đỏ 红心火龙果", "-2");
    }

    @Test
    void aResponseNamesItsFile() {
        var response = Exports.response(table, ExportFormat.CSV, CATALOGUE, Language.VI);
        assertThat(response.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"test-export.csv\"");
        assertThat(response.getHeaderString("Content-Type")).startsWith("text/csv");
    }

    @Test
    void periodsAreBoundedAndNameTheirField() {
        assertThat(Period.parse(null, null)).isNull();
        assertThat(Period.parse("2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z"))
                .isEqualTo(new Period(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")));
        assertField(() -> Period.parse("yesterday", "2026-07-01T00:00:00Z"), "from");
        assertField(() -> Period.parse("2026-06-01T00:00:00Z", null), "to");
        assertField(() -> Period.parse(null, "2026-06-01T00:00:00Z"), "from");
        assertField(() -> Period.parse("2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z"), "to");
        assertField(() -> Period.parse("2025-01-01T00:00:00Z", "2026-06-01T00:00:00Z"), "to");
        assertThat(ExportFormat.of("format", "XLSX")).isEqualTo(ExportFormat.XLSX);
        assertField(() -> ExportFormat.of("format", "pdf"), "format");
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
