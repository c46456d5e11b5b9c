package vn.laocai.gate.queue.rest;

import vn.laocai.gate.support.validation.Bounds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an officer acts on a vehicle (hold, lift a hold, remove, an out-of-turn call, a release). */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @NotBlank @Size(max = Bounds.REASON)
        @Schema(example = "Reefer unit alarm, driver checking")
        String reason) {
}
