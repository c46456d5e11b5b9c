package vn.laocai.gate.notification.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.notification.application.Recipients;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.support.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

/** A person's own notices: every notice is here, whatever else it went out on, with how each channel fared. */
@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "Your notices")
@SecurityRequirement(name = "jwt")
@Authenticated
public class InboxResource {

    static final String READING = " Accept-Language names the reader's language (vi, en, zh; the console sends the page's): "
            + "each notice's title and text are said in it, rendered again from the notice's kind and values; a notice written "
            + "before they were kept, or a request without the header, gets them as sent. What was sent stays in 'sent'.";

    private final Recipients recipients;
    private final SecurityIdentity identity;

    public InboxResource(Recipients recipients, SecurityIdentity identity) {
        this.recipients = recipients;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your notices, newest first, and how many are unread",
            description = "Any authenticated role; the account is the token's subject. Each notice shows the status of its "
                    + "delivery on each channel (PENDING, SENT, DELIVERED, FAILED with the reason). At most 200." + READING)
    @APIResponse(responseCode = "200", description = "The inbox",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.InboxView.class),
                    examples = @ExampleObject(name = "called forward", value = Examples.INBOX)))
    @APIResponse(responseCode = "400", description = "limit is not between 1 and 200")
    public Views.InboxView inbox(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Recipients.MAX_LIST) int limit,
                                 @Context HttpHeaders headers) {
        if (limit < 1 || limit > Recipients.MAX_LIST) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + Recipients.MAX_LIST);
        }
        Recipients.Inbox inbox = recipients.inbox(identity.getPrincipal().getName(), limit, reading(headers));
        return new Views.InboxView(inbox.unread(), inbox.notices().stream()
                .map(n -> Views.NoticeView.of(n, identity.getPrincipal().getName())).toList());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of your notices read",
            description = "Any authenticated role; only the recipient's own notices (another's answers 404). Reading again changes nothing."
                    + READING)
    @APIResponse(responseCode = "200", description = "The notice, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.NoticeView.class)))
    @APIResponse(responseCode = "400", description = "id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such notice of yours")
    public Views.NoticeView read(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id, @Context HttpHeaders headers) {
        String account = identity.getPrincipal().getName();
        return Views.NoticeView.of(recipients.markRead(account, uuid(id), reading(headers)), account);
    }

    /** The reader's language, when the request names one: without the header, notices are shown as they were sent. */
    static Optional<Language> reading(HttpHeaders headers) {
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return acceptLanguage == null || acceptLanguage.isBlank() ? Optional.empty() : Optional.of(Language.negotiate(acceptLanguage));
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("id", "'" + value + "' is not a UUID");
        }
    }
}
