package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.PartnerData;
import vn.laocai.gate.support.opendata.DataDictionary;
import vn.laocai.gate.support.opendata.DayTable;
import vn.laocai.gate.support.opendata.OpenDataset;
import vn.laocai.gate.support.validation.Bounds;

/** The open dataset of clearance: a day's consignments cleared per direction and goods chapter, and their times. No login. */
@Path("/api/open-data/v1")
@Tag(name = "Open data v1", description = "Daily aggregate figures for everyone, as JSON and CSV, with a data dictionary; no login")
@PermitAll
public class OpenDataResource {

    static final String DATASET = "clearances-daily";
    static final String DICTIONARY = "/api/open-data/v1/clearances/dictionary";
    static final String JSON_EXAMPLE = """
            {"dataset": "clearances-daily", "day": "2026-06-15", "timeZone": "Asia/Ho_Chi_Minh",
             "dictionary": "/api/open-data/v1/clearances/dictionary",
             "columns": ["day", "direction", "hsChapter", "consignmentsCleared", "suppressed",
               "declarationToClearedMedianMinutes", "declarationToClearedP90Minutes"],
             "rows": [{"day": "2026-06-15", "direction": "EXPORT", "hsChapter": "08", "consignmentsCleared": 41, "suppressed": false,
               "declarationToClearedMedianMinutes": 96, "declarationToClearedP90Minutes": 171},
              {"day": "2026-06-15", "direction": "IMPORT", "hsChapter": "26", "consignmentsCleared": null, "suppressed": true,
               "declarationToClearedMedianMinutes": null, "declarationToClearedP90Minutes": null}]}""";
    static final String CSV_EXAMPLE = """
            day,direction,hsChapter,consignmentsCleared,suppressed,declarationToClearedMedianMinutes,declarationToClearedP90Minutes\r
            2026-06-15,EXPORT,08,41,false,96,171\r
            2026-06-15,IMPORT,26,<3,true,,\r
            """;
    static final String DICTIONARY_EXAMPLE = """
            {"dataset": "clearances-daily", "publisher": "clearance-service",
             "columns": [{"name": "consignmentsCleared", "type": "integer, or <3 when suppressed", "unit": "consignments",
               "description": "Consignments cleared on the day, each counted once in the chapter of its heaviest goods line",
               "source": "declaration.cleared_at"}]}""";

    private final PartnerData partnerData;

    public OpenDataResource(PartnerData partnerData) {
        this.partnerData = partnerData;
    }

    @GET
    @Path("clearances")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clearances of a day (JSON)",
            description = "No login. Consignments cleared on a local day (Asia/Ho_Chi_Minh) per direction and HS chapter, with "
                    + "the median and 90th percentile of the minutes from declaration to clearance. A cell of fewer than "
                    + "3 consignments is suppressed (null, suppressed true).")
    @APIResponse(responseCode = "200", description = "The day's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenDataset.class),
                    examples = @ExampleObject(name = "a day", value = JSON_EXAMPLE)))
    public OpenDataset clearances(@Parameter(description = "The local day, before today; yesterday when absent", example = "2026-06-15")
                                  @QueryParam("day") @Size(max = Bounds.DAY_LENGTH) String day) {
        return partnerData.clearances(day).json(DATASET, DICTIONARY);
    }

    @GET
    @Path("clearances.csv")
    @Produces("text/csv")
    @Operation(summary = "Clearances of a day (CSV)",
            description = "No login. The figures of GET /api/open-data/v1/clearances as RFC 4180 CSV with a header line; a "
                    + "suppressed count is <3 and its times are empty.")
    @APIResponse(responseCode = "200", description = "The day's figures",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "a day", value = CSV_EXAMPLE)))
    public Response clearancesCsv(@Parameter(description = "The local day, before today; yesterday when absent", example = "2026-06-15")
                                  @QueryParam("day") @Size(max = Bounds.DAY_LENGTH) String day) {
        DayTable figures = partnerData.clearances(day);
        return Response.ok(figures.table().csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + figures.csvName(DATASET) + "\"").build();
    }

    @GET
    @Path("clearances/dictionary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The data dictionary of the clearances dataset",
            description = "No login. Every column of the dataset: name, type, unit, description and the stored field it comes from.")
    @APIResponse(responseCode = "200", description = "The dictionary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "a column", value = DICTIONARY_EXAMPLE)))
    public String clearancesDictionary() {
        return DataDictionary.read("open-data/" + DATASET + ".json");
    }
}
