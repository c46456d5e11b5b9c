package vn.laocai.gate.notification.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.notification.application.Recipients;
import vn.laocai.gate.notification.domain.DeliveryStatus;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Roles;

import java.util.List;
import java.util.Locale;

/** Every notice, for supervisors: who was told what, and whether each channel got through. */
@Path("/api/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Notices and their deliveries")
@SecurityRequirement(name = "jwt")
public class NoticesResource {

    private final Recipients recipients;
    private final SecurityIdentity identity;

    public NoticesResource(Recipients recipients, SecurityIdentity identity) {
        this.recipients = recipients;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Notices by recipient and delivery status",
            description = "Role supervisor. recipient: an account (a driver is the account that booked), or trader:<tax code> "
                    + "(driver:<document> for bookings published before the owner account) for a party no account has claimed; "
                    + "the deliveries' phone numbers and e-mail addresses masked (+84*******78); status: notices with a delivery in that status (PENDING, SENT, DELIVERED, FAILED). "
                    + "Newest first, at most 200.")
    @APIResponse(responseCode = "200", description = "The notices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Views.NoticeView.class),
                    examples = @ExampleObject(name = "a failed SMS", value = Examples.NOTICES)))
    @APIResponse(responseCode = "400", description = "status is not a delivery status, or limit not between 1 and 200")
    public List<Views.NoticeView> notices(@QueryParam("recipient") @Size(max = Bounds.ACCOUNT) String recipient,
                                          @QueryParam("status") @Size(max = Bounds.CODE_WORD) String status,
                                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Recipients.MAX_LIST) int limit) {
        if (limit < 1 || limit > Recipients.MAX_LIST) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + Recipients.MAX_LIST);
        }
        return recipients.search(recipient == null || recipient.isBlank() ? null : recipient.trim(), status(status), limit)
                .stream().map(n -> Views.NoticeView.of(n, identity.getPrincipal().getName())).toList();
    }

    /** The most hours the figures look back: a month. */
    static final int MAX_HOURS = 720;

    @GET
    @Path("/figures")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Delivery figures",
            description = "Role supervisor. How many deliveries of the notices written in the last `hours` hours (1 to 720, "
                    + "default 24) stand in each channel and status (PENDING, SENT, DELIVERED, FAILED).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Views.FiguresView.class),
                    examples = @ExampleObject(name = "a day", value = Examples.FIGURES)))
    @APIResponse(responseCode = "400", description = "hours not between 1 and 720")
    public Views.FiguresView figures(@QueryParam("hours") @DefaultValue("24") @Min(1) @Max(MAX_HOURS) int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw ProblemException.invalidField("hours", "must be between 1 and " + MAX_HOURS);
        }
        return Views.FiguresView.of(hours, recipients.figures(hours));
    }

    private static DeliveryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "'" + value + "' is not a delivery status; statuses are PENDING, SENT, DELIVERED, FAILED");
        }
    }
}
