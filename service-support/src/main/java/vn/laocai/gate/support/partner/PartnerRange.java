package vn.laocai.gate.support.partner;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.laocai.gate.support.validation.Bounds;

/** The query parameters of every partner read and of the read log: a time range and a page ({@link PartnerQuery}). */
public class PartnerRange {

    /** The answer to a range too long, as the API documents show it. */
    public static final String PROBLEM_EXAMPLE = """
            {"type": "https://gate.laocai.vn/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "until: must be at most 31 days after from",
             "violations": [{"field": "until", "message": "must be at most 31 days after from"}]}""";

    @Parameter(description = "At or after this instant (ISO-8601); a day before until when absent", example = "2026-06-14T17:00:00Z")
    @QueryParam("from")
    @Size(max = Bounds.INSTANT_LENGTH)
    public String from;

    @Parameter(description = "Before this instant (ISO-8601), at most 31 days after from; now, or a day after from, when absent",
            example = "2026-06-15T17:00:00Z")
    @QueryParam("until")
    @Size(max = Bounds.INSTANT_LENGTH)
    public String until;

    @Parameter(description = "The page, from 0 (at most 10000)", example = "0")
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(PartnerQuery.MAX_PAGE)
    public int page;

    @Parameter(description = "Records per page (1-200)", example = "50")
    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(PartnerQuery.MAX_SIZE)
    public int size;
}
