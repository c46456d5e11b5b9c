package vn.laocai.gate.support.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a walk along the audit chain found: intact, or the first entry that is not what was written.
 * Removing the newest entries leaves a shorter chain that is still intact: compare {@code entries}
 * and {@code headHash} with a reading kept elsewhere (the daily report) to see that.
 */
@Schema(description = "The result of verifying a service's audit chain")
public record AuditVerification(
        @Schema(description = "Whether every entry is as written and none is missing before the last one") boolean intact,
        @Schema(description = "Entries checked (the chain's length when intact)") long entries,
        @Schema(description = "The first entry that was altered, or the first missing sequence number; null when intact",
                nullable = true) Long firstBrokenSeq,
        @Schema(description = "What is wrong at firstBrokenSeq; null when intact", nullable = true) Problem problem,
        @Schema(description = "In words, for the supervisor", nullable = true) String detail,
        @Schema(description = "The hash of the last entry checked: note it to detect a later removal of newer entries")
        String headHash,
        @Schema(description = "Whether the service holds an audit key (HMAC chain); without one, an edit that "
                + "recomputes every later hash cannot be told apart") boolean keyed) {

    /** What can be wrong with an entry. */
    @Schema(name = "AuditProblem", description = "What is wrong at firstBrokenSeq")
    public enum Problem {
        /** The entry's content no longer gives its hash, or the next entry does not follow it. */
        ALTERED,
        /** Sequence numbers are missing: the entries were deleted. */
        REMOVED,
        /** The entry is keyed and this service holds no key (or another one) to check it. */
        KEY_MISSING
    }

    static AuditVerification intact(long entries, String headHash, boolean keyed) {
        return new AuditVerification(true, entries, null, null, null, headHash, keyed);
    }

    static AuditVerification broken(long entries, long seq, Problem problem, String detail, String headHash, boolean keyed) {
        return new AuditVerification(false, entries, seq, problem, detail, headHash, keyed);
    }
}
