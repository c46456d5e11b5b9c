package vn.laocai.gate.support.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.export.Period;
import vn.laocai.gate.support.security.Roles;

import java.time.Instant;
import java.util.List;

/** The service's audit trail for supervisors: its entries, and a check of its chain. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.SUPERVISOR)
public class AuditResource {

    static final String ENTRIES_EXAMPLE = """
            [{"seq": 42, "recordedAt": "2026-06-15T02:10:31.204518Z", "actor": "officer-1", "action": "OUT_OF_TURN_CALL",
              "subject": "KT2-7XK4P9", "reason": "Durian in a failing reefer", "details": {"direction": "EXPORT", "lane": 1},
              "previousHash": "9c1d0f5b3e7a2c48d6b1e0f9a3c5d7e2b4f6a8c0e1d3b5f7a9c2e4d6f8b0a1c3",
              "hash": "e3b7a1c9d5f2b8e4a0c6d2f8b4e0a6c2d8f4b0e6a2c8d4f0b6e2a8c4d0f6b2e8"}]""";
    static final String INTACT_EXAMPLE = """
            {"intact": true, "entries": 42, "firstBrokenSeq": null, "problem": null, "detail": null,
             "headHash": "e3b7a1c9d5f2b8e4a0c6d2f8b4e0a6c2d8f4b0e6a2c8d4f0b6e2a8c4d0f6b2e8", "keyed": true}""";
    static final String BROKEN_EXAMPLE = """
            {"intact": false, "entries": 16, "firstBrokenSeq": 17, "problem": "ALTERED",
             "detail": "entry 17 (CASE_STEP_DECIDED) no longer matches its hash: its content was edited",
             "headHash": "5a0c7e2f9b4d1a6c3e8f0b5d2a7c4e9f1b6d3a8c5e0f2b7d4a9c6e1f3b8d5a0c", "keyed": true}""";

    /** The longest subject: a booking code, a declaration id, a plate. */
    static final int SUBJECT_LENGTH = 200;

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "List audit entries",
            description = "The service's audit entries, newest first: officers' decisions, holds, yard actions, reorders, "
                    + "out-of-turn calls and fee events, each with who, when, why and the hashes that chain it to the "
                    + "entry before. Filters combine. Role: supervisor.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
            examples = @ExampleObject(name = "an out-of-turn call", value = ENTRIES_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter is malformed (named in the problem)")
    public List<AuditEntryView> listAuditEntries(
            @Parameter(description = "Only this action", example = "OUT_OF_TURN_CALL")
            @QueryParam("action") @Size(max = AuditTrail.ACTION_CODE_LENGTH)
            @Pattern(regexp = AuditTrail.ACTION_CODE, message = "{constraint.action-code}")
            String action,
            @Parameter(description = "Only entries about this subject (booking code, declaration id …)", example = "KT2-7XK4P9")
            @QueryParam("subject") @Size(min = 1, max = SUBJECT_LENGTH, message = "{constraint.Length}") String subject,
            @Parameter(description = "Recorded at or after (ISO-8601 instant)", example = "2026-06-14T17:00:00Z")
            @QueryParam("from") @Size(max = Bounds.INSTANT_LENGTH) String from,
            @Parameter(description = "Recorded before (ISO-8601 instant)", example = "2026-06-15T17:00:00Z")
            @QueryParam("until") @Size(max = Bounds.INSTANT_LENGTH) String until,
            @Parameter(description = "At most this many (1-1000)", example = "100") @QueryParam("limit") @DefaultValue("100")
            @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit) {
        if (action != null && !AuditTrail.isActionCode(action)) {
            throw new InvalidValueException("action", "must be an upper-case code such as OUT_OF_TURN_CALL");
        }
        if (subject != null && subject.isBlank()) {
            throw new InvalidValueException("subject", "must be 1-" + SUBJECT_LENGTH + " characters");
        }
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + AuditQuery.MAX_LIMIT);
        }
        Instant fromAt = Period.instant("from", from);
        Instant untilAt = Period.instant("until", until);
        if (fromAt != null && untilAt != null && !untilAt.isAfter(fromAt)) {
            throw new InvalidValueException("until", "must be after from");
        }
        return trail.list(new AuditQuery(action, subject, fromAt, untilAt, limit)).stream().map(AuditEntryView::of).toList();
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Verify the audit chain",
            description = "Recomputes every entry's hash from the first on and names the first entry that was edited, or "
                    + "the first sequence number missing. The removal of the newest entries leaves a shorter intact chain: "
                    + "compare entries and headHash with an earlier reading. Role: supervisor.")
    @APIResponse(responseCode = "200", description = "The result, intact or not", content = @Content(
            schema = @Schema(implementation = AuditVerification.class),
            examples = {@ExampleObject(name = "intact", value = INTACT_EXAMPLE),
                    @ExampleObject(name = "an edited entry", value = BROKEN_EXAMPLE)}))
    public AuditVerification verifyAuditChain() {
        return trail.verify();
    }
}
