package vn.laocai.gate.simulator.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated system took the work in; answers follow under {@code agencyReference}. */
@Schema(name = "Acceptance")
public record Acceptance(
        @Schema(example = "VNACCS-5F2A9C31D0E4") String agencyReference,
        @Schema(example = "ACCEPTED") String status) {

    public static Acceptance of(String agencyReference) {
        return new Acceptance(agencyReference, "ACCEPTED");
    }
}
