package vn.laocai.gate.simulator.customs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** VNACCS took the declaration in; answers follow under {@code agencyReference}. */
@Schema(name = "Acceptance")
public record Acceptance(
        @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "ACCEPTED") String status) {

    public static Acceptance of(String agencyReference) {
        return new Acceptance(agencyReference, "ACCEPTED");
    }
}
