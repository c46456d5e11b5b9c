package vn.laocai.gate.support.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An open dataset of one day as JSON: what it is, the day, where its data dictionary is, its rows. */
@Schema(name = "OpenDataset")
public record OpenDataset(@Schema(example = "crossings-daily") String dataset,
                          @Schema(description = "The local day of the gate the figures are of") LocalDate day,
                          @Schema(example = "Asia/Ho_Chi_Minh") String timeZone,
                          @Schema(description = "The path of the data dictionary: every column, its type, unit and source",
                                  example = "/api/open-data/v1/crossings/dictionary") String dictionary,
                          @Schema(description = "The columns, in the order of the CSV") List<String> columns,
                          @Schema(description = "A record per row, column to value; a suppressed count is null") List<Map<String, Object>> rows) {

    public static OpenDataset of(String dataset, OpenDay day, String dictionary, OpenTable table) {
        return new OpenDataset(dataset, day.day(), OpenDay.ZONE.getId(), dictionary, table.columns(), table.records());
    }
}
