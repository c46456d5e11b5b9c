package vn.laocai.gate.simulator.sms;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.simulator.rest.Problems;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The simulated SMS gateway's interface: send a message, read it back with its delivery status, list
 * what it received, switch an outage on and off. Every call needs the API key ({@code X-API-Key}).
 */
@Path("/sms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SMS gateway (simulated)")
public class SmsResource {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String PROBLEM_JSON = Problems.PROBLEM_JSON;

    private final SmsCentre centre;
    private final SmsConfig config;

    public SmsResource(SmsCentre centre, SmsConfig config) {
        this.centre = centre;
        this.config = config;
    }

    /** The answer to a message taken in. */
    @Schema(name = "SmsAccepted")
    public record Accepted(@Schema(example = "SMS-00000001") String messageId, @Schema(example = "1") int segments,
                           @Schema(example = "UCS2") String encoding, @Schema(example = "ACCEPTED") String status) {
    }

    /** The outage switch. */
    @Schema(name = "SmsOutage")
    public record Outage(boolean down) {
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a text message",
            description = "Needs the API key (X-API-Key, SIMULATOR_SMS_API_KEY). to: E.164; encoding GSM7 or UCS2 (counted from the "
                    + "text when absent); clientRef: the sender's reference, repeated in the receipt; the same clientRef answers "
                    + "the message taken before. The delivery receipt follows after simulator.sms.receipt-delay, posted to "
                    + "SIMULATOR_SMS_RECEIPT_URL when set; a share of messages fails (simulator.sms.fail-share, none under all-green).")
    @Parameter(name = API_KEY_HEADER, in = ParameterIn.HEADER, required = true, description = "The gateway's API key")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "call-forward", value = "{\"to\":\"+84912345678\","
            + "\"text\":\"Xe 24C-123.45 (KT2-7XK4P9) được gọi vào cổng, làn 3. Di chuyển ngay.\",\"encoding\":\"UCS2\","
            + "\"clientRef\":\"3c5b9a4e-2f1d-4a7b-8c6e-0d9f1e2a3b4c\"}")))
    @APIResponse(responseCode = "201", description = "Taken in", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Accepted.class),
            examples = @ExampleObject(name = "accepted", value = "{\"messageId\":\"SMS-00000001\",\"segments\":1,\"encoding\":\"UCS2\","
                    + "\"status\":\"ACCEPTED\"}")))
    @APIResponse(responseCode = "200", description = "The same clientRef was taken in before: that message")
    @APIResponse(responseCode = "400", description = "A field is wrong (to not E.164, no text, no clientRef, unknown encoding)",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "number", value = "{\"type\":"
                    + "\"https://gate.laocai.vn/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                    + "\"detail\":\"to: '0912345678' is not an E.164 number such as +84912345678\"}")))
    @APIResponse(responseCode = "401", description = "No or a wrong API key", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "503", description = "The outage switch is on", content = @Content(mediaType = PROBLEM_JSON))
    public Response send(@HeaderParam(API_KEY_HEADER) String apiKey, SmsCentre.Submission submission) {
        if (!authorised(apiKey)) {
            return unauthorised();
        }
        if (submission == null) {
            return problem(400, "validation", "Invalid request", "body: the message is required");
        }
        try {
            SmsCentre.Taken taken = centre.accept(submission);
            SmsMessage message = taken.message();
            return Response.status(taken.created() ? 201 : 200)
                    .entity(new Accepted(message.messageId(), message.segments(), message.encoding(), "ACCEPTED")).build();
        } catch (IllegalArgumentException e) {
            return problem(400, "validation", "Invalid request", e.getMessage());
        } catch (SmsCentre.UnavailableException e) {
            return problem(503, "unavailable", "SMS gateway unavailable", e.getMessage());
        }
    }

    @GET
    @Path("/messages/{id}")
    @Operation(summary = "A message and its delivery status",
            description = "Needs the API key. status: ACCEPTED, then DELIVERED or FAILED (with reason).")
    @Parameter(name = API_KEY_HEADER, in = ParameterIn.HEADER, required = true, description = "The gateway's API key")
    @APIResponse(responseCode = "200", description = "The message", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SmsMessage.class)))
    @APIResponse(responseCode = "401", description = "No or a wrong API key", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "No such message", content = @Content(mediaType = PROBLEM_JSON))
    public Response message(@HeaderParam(API_KEY_HEADER) String apiKey, @PathParam("id") String id) {
        if (!authorised(apiKey)) {
            return unauthorised();
        }
        return centre.find(id).map(m -> Response.ok(m).build())
                .orElseGet(() -> problem(404, "not-found", "Not found", "SMS message " + id + " does not exist"));
    }

    @GET
    @Path("/messages")
    @Operation(summary = "What the gateway received",
            description = "Needs the API key. Every message, oldest first, or those to one number (to, E.164): the log a walk-through shows.")
    @Parameter(name = API_KEY_HEADER, in = ParameterIn.HEADER, required = true, description = "The gateway's API key")
    @APIResponse(responseCode = "200", description = "The messages", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SmsMessage.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No or a wrong API key", content = @Content(mediaType = PROBLEM_JSON))
    public Response received(@HeaderParam(API_KEY_HEADER) String apiKey, @QueryParam("to") String to) {
        if (!authorised(apiKey)) {
            return unauthorised();
        }
        List<SmsMessage> messages = centre.received(to == null ? null : to.replace(' ', '+'));
        return Response.ok(messages).build();
    }

    @POST
    @Path("/outage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch the gateway's outage on or off",
            description = "Needs the API key. While down, every message is answered 503 and nothing is taken in.")
    @Parameter(name = API_KEY_HEADER, in = ParameterIn.HEADER, required = true, description = "The gateway's API key")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "down", value = "{\"down\":true}")))
    @APIResponse(responseCode = "200", description = "The switch now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Outage.class)))
    @APIResponse(responseCode = "401", description = "No or a wrong API key", content = @Content(mediaType = PROBLEM_JSON))
    public Response outage(@HeaderParam(API_KEY_HEADER) String apiKey, Outage outage) {
        if (!authorised(apiKey)) {
            return unauthorised();
        }
        centre.outage(outage != null && outage.down());
        return Response.ok(new Outage(centre.isDown())).build();
    }

    private boolean authorised(String apiKey) {
        return apiKey != null && MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
                config.apiKey().getBytes(StandardCharsets.UTF_8));
    }

    private static Response unauthorised() {
        return problem(401, "unauthorized", "Unauthorized", API_KEY_HEADER + ": a valid API key is required");
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Problems.problem(status, type, title, detail);
    }
}
