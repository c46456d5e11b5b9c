package vn.laocai.gate.support.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An audit entry as the API shows it; {@code details} is the stored JSON object itself. */
@Schema(description = "One entry of the audit trail")
public record AuditEntryView(
        @Schema(description = "Position in the chain, from 1, without gaps") long seq,
        Instant recordedAt,
        @Schema(description = "Who: an officer's account, or system:<name>") String actor,
        @Schema(description = "What, as a code", example = "VEHICLE_HELD") String action,
        @Schema(description = "What it concerns: booking code, declaration id …", nullable = true) String subject,
        @Schema(description = "Why, as given", nullable = true) String reason,
        @Schema(type = SchemaType.OBJECT, description = "A few values of the action") @JsonRawValue String details,
        @Schema(description = "The hash of the entry before (64 zeros for the first)") String previousHash,
        @Schema(description = "HMAC-SHA256 (or SHA-256 without a key) over this entry and previousHash") String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.reason(), e.details(),
                e.previousHash(), e.hash());
    }
}
