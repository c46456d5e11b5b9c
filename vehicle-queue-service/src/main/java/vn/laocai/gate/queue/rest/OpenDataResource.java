package vn.laocai.gate.queue.rest;

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
import vn.laocai.gate.queue.application.PartnerData;
import vn.laocai.gate.support.opendata.DataDictionary;
import vn.laocai.gate.support.opendata.DayTable;
import vn.laocai.gate.support.opendata.OpenDataset;
import vn.laocai.gate.support.validation.Bounds;

/** The open dataset of the queue: a day's vehicles out of the gate per direction, and their waits. No login. */
@Path("/api/open-data/v1")
@Tag(name = "Open data v1", description = "Daily aggregate figures for everyone, as JSON and CSV, with a data dictionary; no login")
@PermitAll
public class OpenDataResource {

    static final String DATASET = "crossings-daily";
    static final String DICTIONARY = "/api/open-data/v1/crossings/dictionary";
    static final String JSON_EXAMPLE = """
            {"dataset": "crossings-daily", "day": "2026-06-15", "timeZone": "Asia/Ho_Chi_Minh",
             "dictionary": "/api/open-data/v1/crossings/dictionary",
             "columns": ["day", "direction", "crossings", "suppressed", "checkInToGateInMedianMinutes", "checkInToGateInP90Minutes"],
             "rows": [{"day": "2026-06-15", "direction": "EXPORT", "crossings": 312, "suppressed": false,
               "checkInToGateInMedianMinutes": 47, "checkInToGateInP90Minutes": 128},
              {"day": "2026-06-15", "direction": "IMPORT", "crossings": 268, "suppressed": false,
               "checkInToGateInMedianMinutes": 35, "checkInToGateInP90Minutes": 90}]}""";
    static final String CSV_EXAMPLE = """
            day,direction,crossings,suppressed,checkInToGateInMedianMinutes,checkInToGateInP90Minutes\r
            2026-06-15,EXPORT,312,false,47,128\r
            2026-06-15,IMPORT,<3,true,,\r
            """;
    static final String DICTIONARY_EXAMPLE = """
            {"dataset": "crossings-daily", "publisher": "vehicle-queue-service",
             "columns": [{"name": "crossings", "type": "integer, or <3 when suppressed", "unit": "vehicles",
               "description": "Vehicles that left the gate on the day", "source": "booking.exited_at"}]}""";

    private final PartnerData partnerData;

    public OpenDataResource(PartnerData partnerData) {
        this.partnerData = partnerData;
    }

    @GET
    @Path("crossings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crossings of a day (JSON)",
            description = "No login. Vehicles that left the gate on a local day (Asia/Ho_Chi_Minh) per direction, with the "
                    + "median and 90th percentile of the minutes from check-in to gate-in. A cell of fewer than 3 vehicles "
                    + "is suppressed (null, suppressed true).")
    @APIResponse(responseCode = "200", description = "The day's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenDataset.class),
                    examples = @ExampleObject(name = "a day", value = JSON_EXAMPLE)))
    public OpenDataset crossings(@Parameter(description = "The local day, before today; yesterday when absent", example = "2026-06-15")
                                  @QueryParam("day") @Size(max = Bounds.DAY_LENGTH) String day) {
        return partnerData.crossingsOf(day).json(DATASET, DICTIONARY);
    }

    @GET
    @Path("crossings.csv")
    @Produces("text/csv")
    @Operation(summary = "Crossings of a day (CSV)",
            description = "No login. The figures of GET /api/open-data/v1/crossings as RFC 4180 CSV with a header line; a "
                    + "suppressed count is <3 and its times are empty.")
    @APIResponse(responseCode = "200", description = "The day's figures",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "a day", value = CSV_EXAMPLE)))
    public Response crossingsCsv(@Parameter(description = "The local day, before today; yesterday when absent", example = "2026-06-15")
                                  @QueryParam("day") @Size(max = Bounds.DAY_LENGTH) String day) {
        DayTable figures = partnerData.crossingsOf(day);
        return Response.ok(figures.table().csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + figures.csvName(DATASET) + "\"").build();
    }

    @GET
    @Path("crossings/dictionary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The data dictionary of the crossings dataset",
            description = "No login. Every column of the dataset: name, type, unit, description and the stored field it comes from.")
    @APIResponse(responseCode = "200", description = "The dictionary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "a column", value = DICTIONARY_EXAMPLE)))
    public String crossingsDictionary() {
        return DataDictionary.read("open-data/" + DATASET + ".json");
    }
}
