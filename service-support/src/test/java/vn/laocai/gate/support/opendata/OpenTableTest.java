package vn.laocai.gate.support.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.laocai.gate.support.domain.InvalidValueException;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenTableTest {

    @Test
    void small_counts_and_their_figures_are_suppressed_in_csv_and_json() throws IOException {
        OpenTable table = new OpenTable(List.of("day", "direction", "crossings", "waitMedianMinutes", "suppressed"))
                .row("2026-06-15", "EXPORT", OpenTable.count(12), OpenTable.figure(12, 35L), OpenTable.small(12))
                .row("2026-06-15", "IMPORT", OpenTable.count(2), OpenTable.figure(2, 9L), OpenTable.small(2));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(table.csv())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("crossings")).isEqualTo("12");
        assertThat(rows.get(0).get("waitMedianMinutes")).isEqualTo("35");
        assertThat(rows.get(1).get("crossings")).isEqualTo("<3");
        assertThat(rows.get(1).get("waitMedianMinutes")).isEmpty();
        assertThat(rows.get(1).get("suppressed")).isEqualTo("true");
        assertThat(table.records().get(1)).containsEntry("crossings", null).containsEntry("suppressed", true);
        assertThat(table.records().get(0)).containsEntry("crossings", 12L);
    }

    @Test
    void a_row_has_a_value_per_column() {
        assertThatThrownBy(() -> new OpenTable(List.of("a", "b")).row("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nearest_rank_percentiles() {
        List<Long> values = List.of(50L, 10L, 40L, 20L, 30L);
        assertThat(Percentiles.of(values, 50)).isEqualTo(30L);
        assertThat(Percentiles.of(values, 90)).isEqualTo(50L);
        assertThat(Percentiles.of(List.of(7L), 90)).isEqualTo(7L);
        assertThat(Percentiles.of(List.of(), 50)).isNull();
        assertThat(Percentiles.minutes(119L)).isEqualTo(1L);
    }

    @Test
    void a_day_is_a_whole_past_day_of_the_gate() {
        Instant now = Instant.parse("2026-06-15T18:00:00Z"); // 01:00 on the 16th in Vietnam
        assertThat(OpenDay.of(null, now).day()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(OpenDay.of("2026-06-01", now).start()).isEqualTo(Instant.parse("2026-05-31T17:00:00Z"));
        assertThatThrownBy(() -> OpenDay.of("2026-06-16", now)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("day"));
        assertThatThrownBy(() -> OpenDay.of("2019-12-31", now)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> OpenDay.of("15/06/2026", now)).isInstanceOf(InvalidValueException.class);
    }
}
