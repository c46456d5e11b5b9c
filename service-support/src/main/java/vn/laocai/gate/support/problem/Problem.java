package vn.laocai.gate.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An RFC 7807 problem detail; {@code violations} names each offending field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 7807 problem details")
public record Problem(
        @Schema(example = "https://gate.laocai.vn/problems/validation") URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "plate: not a Vietnamese or Chinese plate") String detail,
        String instance,
        List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://gate.laocai.vn/problems/";

    /** One offending field: its JSON path in the request body, or the name of the parameter. */
    public record FieldViolation(
            @Schema(example = "plate") String field,
            @Schema(example = "not a Vietnamese or Chinese plate") String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
