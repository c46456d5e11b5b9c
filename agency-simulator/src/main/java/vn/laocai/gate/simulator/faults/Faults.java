package vn.laocai.gate.simulator.faults;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The faults one simulated agency system shows now.
 *
 * @param down             every request is answered 503 (an outage); callbacks wait until it is up again
 * @param latencyMs        every request is answered this much later (a slow system)
 * @param duplicateShare   share of callbacks pushed twice
 * @param reorder          callbacks leave after a random wait of up to {@code reorderWindowMs}, so later answers
 *                         may overtake earlier ones; polling lists answers newest first
 * @param reorderWindowMs  the longest such wait
 * @param dropShare        share of callbacks never pushed (the answer can only be polled)
 */
@Schema(name = "Faults")
public record Faults(
        @Schema(example = "false") boolean down,
        @Schema(example = "0") long latencyMs,
        @Schema(example = "0.2") double duplicateShare,
        @Schema(example = "true") boolean reorder,
        @Schema(example = "1000") long reorderWindowMs,
        @Schema(example = "0.1") double dropShare) {

    public static final Faults NONE = new Faults(false, 0, 0, false, 0, 0);

    public Faults {
        if (latencyMs < 0 || reorderWindowMs < 0 || duplicateShare < 0 || duplicateShare > 1 || dropShare < 0
                || dropShare > 1) {
            throw new IllegalArgumentException("latencyMs and reorderWindowMs must be >= 0, shares between 0 and 1");
        }
    }

    public Faults withDown(boolean down) {
        return new Faults(down, latencyMs, duplicateShare, reorder, reorderWindowMs, dropShare);
    }
}
