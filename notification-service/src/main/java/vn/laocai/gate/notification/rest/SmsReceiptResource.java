package vn.laocai.gate.notification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.notification.application.Deliveries;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Roles;

import java.time.Instant;

/** The SMS gateway's delivery receipts: a message sent is DELIVERED to the handset, or FAILED. */
@Path("/api/sms/receipts")
@Tag(name = "SMS gateway", description = "Delivery receipts")
@SecurityRequirement(name = "jwt")
public class SmsReceiptResource {

    private final Deliveries deliveries;

    public SmsReceiptResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** A receipt, as the gateway posts it. */
    @Schema(name = "SmsReceipt")
    public record Receipt(@Size(max = Bounds.EXTERNAL_ID) @Schema(required = true, example = "SMS-5F2A9C31D0E4") String messageId,
                          @Size(max = Bounds.EXTERNAL_ID) String clientRef,
                          @Size(max = Bounds.CODE_WORD)
                          @Schema(required = true, description = "DELIVERED or FAILED", example = "DELIVERED") String status,
                          @Size(max = Bounds.REASON) String reason, Instant at) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_SYSTEM)
    @Operation(summary = "Receive a delivery receipt",
            description = "Role agency-system (the SMS gateway). The delivery sent as messageId becomes DELIVERED, or FAILED "
                    + "with the reason; a repeated or late receipt changes nothing more.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class),
            examples = @ExampleObject(name = "delivered", value = Examples.RECEIPT)))
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "messageId missing, or status neither DELIVERED nor FAILED")
    @APIResponse(responseCode = "404", description = "No message of that id was sent")
    public Response receipt(@Valid Receipt receipt) {
        if (receipt == null || receipt.messageId() == null || receipt.messageId().isBlank()) {
            throw ProblemException.invalidField("messageId", "required");
        }
        if (!"DELIVERED".equals(receipt.status()) && !"FAILED".equals(receipt.status())) {
            throw ProblemException.invalidField("status", "'" + receipt.status() + "' is neither DELIVERED nor FAILED");
        }
        if (!deliveries.receipt(receipt.messageId(), "DELIVERED".equals(receipt.status()), receipt.reason())) {
            throw new vn.laocai.gate.support.domain.NotFoundException("SMS message", receipt.messageId());
        }
        return Response.noContent().build();
    }
}
