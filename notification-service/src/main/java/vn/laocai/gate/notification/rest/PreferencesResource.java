package vn.laocai.gate.notification.rest;

import vn.laocai.gate.notification.domain.Languages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.validation.Bounds;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.notification.application.Recipients;
import vn.laocai.gate.notification.domain.Channel;
import vn.laocai.gate.support.i18n.Language;
import vn.laocai.gate.notification.domain.Preferences;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A person's own contacts and choices: channels, phone, e-mail, language, opt-out. */
@Path("/api/notification-preferences/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences", description = "How each person is told")
@SecurityRequirement(name = "jwt")
@Authenticated
public class PreferencesResource {

    private final Recipients recipients;
    private final SecurityIdentity identity;

    public PreferencesResource(Recipients recipients, SecurityIdentity identity) {
        this.recipients = recipients;
        this.identity = identity;
    }

    /** What a person chooses. */
    @Schema(name = "NotificationPreferencesRequest")
    public record PreferencesRequest(
            @Size(max = MAX_CHANNELS)
            @Schema(description = "SMS, EMAIL, INBOX; the inbox is always on", example = "[\"SMS\", \"INBOX\"]")
            List<@Size(max = Bounds.CODE_WORD) String> channels,
            @Size(max = Bounds.PHONE) @Schema(description = "E.164, +84 or +86", example = "+84912345678") String phone,
            @Size(max = Bounds.EMAIL) @Schema(example = "lan@nongsanlaocai.vn") String email,
            @Size(max = LANGUAGE_LENGTH) @Schema(description = "vi, en or zh", example = "vi", required = true) String language,
            @Schema(description = "No notices but those the law requires (see requiredNotices)") Boolean optOut) {
        /** The channels there are: SMS, EMAIL, INBOX. */
        static final int MAX_CHANNELS = 3;
        /** A language code: vi, en, zh. */
        static final int LANGUAGE_LENGTH = 5;
    }

    @GET
    @Operation(summary = "Your notification preferences",
            description = "Any authenticated role; the account is the token's subject. 404 until they are set.")
    @APIResponse(responseCode = "200", description = "The preferences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.PreferencesView.class),
                    examples = @ExampleObject(name = "driver", value = Examples.PREFERENCES_VIEW)))
    @APIResponse(responseCode = "404", description = "No preferences set yet")
    public Views.PreferencesView get() {
        String account = identity.getPrincipal().getName();
        return recipients.preferences(account).map(Views.PreferencesView::of)
                .orElseThrow(() -> new NotFoundException("Notification preferences of", account));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set your notification preferences",
            description = "Any authenticated role; the account is the token's subject. Replaces every choice at once. "
                    + "SMS needs a phone (E.164, +84 or +86), EMAIL an e-mail address; the inbox is always on. "
                    + "optOut stops every notice but those the law requires (CALLED_FORWARD, BOOKING_CANCELLED, "
                    + "BOOKING_CANCELLED_BY_CLOSURE, CONSIGNMENT_REJECTED, DECLARATION_REJECTED), which still go out on "
                    + "the chosen channels. Whose notices come here follows from the events: the bookings this account "
                    + "made and the declarations it submitted.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesRequest.class),
            examples = {@ExampleObject(name = "driver", value = Examples.DRIVER_PREFERENCES),
                    @ExampleObject(name = "trader", value = Examples.TRADER_PREFERENCES)}))
    @APIResponse(responseCode = "200", description = "The preferences now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.PreferencesView.class),
                    examples = @ExampleObject(name = "driver", value = Examples.PREFERENCES_VIEW)))
    @APIResponse(responseCode = "400", description = "A field is malformed: a phone not in E.164 +84/+86, SMS without a phone, "
            + "an unknown channel or language")
    public Views.PreferencesView put(@Valid PreferencesRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("body", "the preferences are required");
        }
        Preferences.Choice choice = new Preferences.Choice(channels(request.channels()), request.phone(), request.email(),
                Languages.of("language", request.language()), Boolean.TRUE.equals(request.optOut()));
        return Views.PreferencesView.of(recipients.choose(identity.getPrincipal().getName(), choice));
    }

    @DELETE
    @Operation(summary = "Erase your notification preferences",
            description = "Any authenticated role, for the token's subject's own preferences only. Erases the phone, "
                    + "e-mail, claimed driver's document and tax codes with every choice (an audit entry "
                    + "PERSONAL_DATA_ERASED names the account, never the values); notices already written stay in the "
                    + "account's inbox, and none goes out by SMS or e-mail until preferences are set again. "
                    + "404 when none are set.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No preferences set")
    public void delete() {
        recipients.erasePreferences(identity.getPrincipal().getName());
    }

    private static List<Channel> channels(List<String> names) {
        List<Channel> channels = new ArrayList<>();
        if (names == null) {
            return channels;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            try {
                channels.add(Channel.valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("channels[" + i + "]", "'" + name + "' is not a channel; channels are SMS, EMAIL, INBOX");
            }
        }
        return channels;
    }
}
