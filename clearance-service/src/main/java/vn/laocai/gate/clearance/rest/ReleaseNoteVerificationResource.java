package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.ReleaseNotes;
import vn.laocai.gate.clearance.domain.ReleaseNote;

import static vn.laocai.gate.clearance.rest.ReleaseNoteResource.MAX_PDF_BYTES;
import static vn.laocai.gate.clearance.rest.ReleaseNoteResource.NUMBER;
import static vn.laocai.gate.clearance.rest.ReleaseNoteResource.PDF;
import static vn.laocai.gate.clearance.rest.ReleaseNoteResource.SECRET;
import static vn.laocai.gate.clearance.rest.ReleaseNoteResource.VERIFICATION;

/**
 * The public check of a release note by its number and the verification code printed in its QR code: no login, for a border officer
 * on the other side, a carrier or a bank.
 */
@Path("/api/release-notes/{number}/verification")
@Tag(name = "Release notes", description = "The signed release note of a cleared consignment and its public verification")
@PermitAll
public class ReleaseNoteVerificationResource {

    private final ReleaseNotes notes;

    public ReleaseNoteVerificationResource(ReleaseNotes notes) {
        this.notes = notes;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    // an empty requirement: no token needed (OpenAPI's "security: [{}]")
    @SecurityRequirementsSet
    @Operation(summary = "Check a release note", description = "No role needed: what the QR code of a release note opens. With the "
            + "note's number and the verification code printed in its QR code, answers whether the note is genuine (issued by the platform, "
            + "its stored file's signature intact and made with the platform's certificate) and what it says. An unknown number and a "
            + "wrong code get the same 404.")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReleaseNoteResource.VerificationView.class), examples = @ExampleObject(name = "genuine", value = VERIFICATION)))
    @APIResponse(responseCode = "404", description = "No release note of that number with that code")
    public ReleaseNoteResource.VerificationView verification(
            @Parameter(example = "KT2-RN-2026-000123") @PathParam("number") @Size(max = 30) @Pattern(regexp = NUMBER) String number,
            @Parameter(description = "The verification code the QR code carries and the note prints (not a credential: it opens only this check)", example = "7KQ2M9XDA4") @QueryParam("code") @NotNull
            @Size(max = ReleaseNote.SECRET_LENGTH) @Pattern(regexp = SECRET) String code) {
        return ReleaseNoteResource.VerificationView.of(notes.verify(number, code));
    }

    @POST
    @Consumes(PDF)
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Check a release note file", description = "No role needed. The same check for a PDF someone holds: its "
            + "signature must verify, be the platform's, cover the whole file, and the file must be exactly the note issued; "
            + "a file changed after signing answers genuine false with the problem.")
    @RequestBody(required = true, content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_PDF_BYTES)))
    @APIResponse(responseCode = "200", description = "The check", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReleaseNoteResource.VerificationView.class)))
    @APIResponse(responseCode = "404", description = "No release note of that number with that code")
    public ReleaseNoteResource.VerificationView fileVerification(
            @Parameter(example = "KT2-RN-2026-000123") @PathParam("number") @Size(max = 30) @Pattern(regexp = NUMBER) String number,
            @Parameter(description = "The verification code the QR code carries and the note prints (not a credential: it opens only this check)", example = "7KQ2M9XDA4") @QueryParam("code") @NotNull
            @Size(max = ReleaseNote.SECRET_LENGTH) @Pattern(regexp = SECRET) String code,
            @NotNull @Size(max = MAX_PDF_BYTES) byte[] file) {
        return ReleaseNoteResource.VerificationView.of(notes.verifyFile(number, code, file));
    }

}
