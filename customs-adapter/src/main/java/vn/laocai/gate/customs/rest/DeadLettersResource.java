package vn.laocai.gate.customs.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.customs.messaging.DeadLetters;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.problem.ProblemMappers;
import vn.laocai.gate.support.security.Roles;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The dead-letter topic for supervisors: what is parked there, and its replay after a fix ({@code ./gate replay}). */
@Path("/api/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.SUPERVISOR)
public class DeadLettersResource {

    /** More partitions than customs.dead-letter will ever have. */
    static final int MAX_PARTITION = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public DeadLettersResource(DeadLetters deadLetters, SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Parked records", description = "Every record on customs.dead-letter with the reason it was "
            + "parked and the outcome of its last replay. Role: supervisor. A record of queue.border-guard.events (the driver's "
            + "document) comes without its payload.")
    @APIResponse(responseCode = "200", description = "The parked records", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetters.Parked.class),
            examples = @ExampleObject(name = "one", value = Examples.PARKED_ONE)))
    public List<DeadLetters.Parked> listDeadLetters() {
        return deadLetters.list().stream().map(p -> PersonalDataViews.parked(identity, p)).toList();
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay every parked record not replayed yet",
            description = "Replays, as they are, the records no replay has succeeded for (after a code fix, or once data "
                    + "they needed has arrived). Records that fail again stay parked and are reported FAILED. "
                    + "Role: supervisor.")
    @APIResponse(responseCode = "200", description = "What each replay did", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetters.Replay.class),
            examples = @ExampleObject(name = "applied", value = Examples.REPLAYS_APPLIED)))
    public List<DeadLetters.Replay> replayPending() {
        return deadLetters.replayPending();
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Replay one parked record",
            description = "Replays the record as it is, or, when a body is given, with that body as the corrected data of "
                    + "the event (its id, type and other attributes unchanged). An event id already applied is not applied "
                    + "again (ALREADY_APPLIED). Role: supervisor.")
    @RequestBody(required = false, description = "Corrected event data (JSON), optional", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "corrected version", value = Examples.CORRECTED_DECLARATION)))
    @APIResponse(responseCode = "200", description = "Replayed: APPLIED, ALREADY_APPLIED or NOT_OURS", content = @Content(
            schema = @Schema(implementation = DeadLetters.Replay.class),
            examples = @ExampleObject(name = "applied", value = Examples.REPLAY_APPLIED)))
    @APIResponse(responseCode = "404", description = "No record at that partition and offset")
    @APIResponse(responseCode = "422", description = "The record failed again; it stays parked")
    public DeadLetters.Replay replayOne(
            @Parameter(description = "Partition of customs.dead-letter", example = "1") @PathParam("partition") @Min(0) @Max(MAX_PARTITION) int partition,
            @Parameter(description = "Offset in that partition", example = "0") @PathParam("offset") @Min(0) @Max(Long.MAX_VALUE) long offset,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String correctedData) {
        byte[] data = correctedData == null || correctedData.isBlank() ? null : correctedJson(contentType, correctedData);
        DeadLetters.Replay replay = deadLetters.replay(partition, offset, data)
                .orElseThrow(() -> new NotFoundException("Dead letter", partition + "/" + offset));
        if (!replay.succeeded()) {
            throw new RuleViolation("replay-failed", "data", "The record failed again and stays parked: "
                    + replay.detail()).with("detail", replay.detail());
        }
        return replay;
    }

    /**
     * The corrected data, read here rather than by the framework so that a replay may come without a body: JSON only
     * (415 otherwise), and readable JSON (400 naming where it breaks), before any record is touched.
     */
    private byte[] correctedJson(String contentType, String correctedData) {
        if (!json(contentType)) {
            throw new NotSupportedException("corrected data must be application/json");
        }
        try {
            JSON.readTree(correctedData);
        } catch (JsonProcessingException e) {
            throw ProblemMappers.unreadableBody(e);
        }
        return correctedData.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean json(String contentType) {
        try {
            return contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
