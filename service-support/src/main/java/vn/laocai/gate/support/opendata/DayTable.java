package vn.laocai.gate.support.opendata;

/** The table of an open dataset for one day. */
public record DayTable(OpenDay day, OpenTable table) {

    /** The table as JSON, named {@code dataset}, pointing to its dictionary. */
    public OpenDataset json(String dataset, String dictionary) {
        return OpenDataset.of(dataset, day, dictionary, table);
    }

    /** The file name of the day's CSV: {@code <dataset>-<day>.csv}. */
    public String csvName(String dataset) {
        return dataset + "-" + day.day() + ".csv";
    }
}
