package vn.laocai.gate.simulator.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A simulated system refused a submission; each error names the offending field. */
@Schema(name = "Rejection")
public record Rejection(
        @Schema(example = "REJECTED") String status,
        List<Error> errors) {

    public record Error(
            @Schema(example = "goodsItems[0].hsCode") String field,
            @Schema(example = "must have at least 6 digits") String message) {
    }

    public static Rejection of(List<Error> errors) {
        return new Rejection("REJECTED", List.copyOf(errors));
    }
}
