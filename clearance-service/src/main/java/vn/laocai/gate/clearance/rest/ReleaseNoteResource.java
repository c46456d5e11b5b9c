package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.ReleaseNotes;
import vn.laocai.gate.clearance.domain.ReleaseNote;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.i18n.RequestLanguage;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.validation.Bounds;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The release note of a cleared consignment: its signed PDF for the trader and the officers (its public check:
 * {@link ReleaseNoteVerificationResource}).
 */
@Path("/api/declarations/{id}/release-note.pdf")
@Tag(name = "Release notes", description = "The signed release note of a cleared consignment and its public verification")
public class ReleaseNoteResource {

    static final String PDF = "application/pdf";
    /** Release note numbers: {@code KT2-RN-2026-000123}. */
    static final String NUMBER = "KT2-RN-\\d{4}-\\d{6,12}";
    static final String SECRET = "[0-9A-Za-z]{" + ReleaseNote.SECRET_LENGTH + "}";
    /** A release note is a page or two of text: far below a megabyte. */
    static final int MAX_PDF_BYTES = 2 * 1024 * 1024;

    private final ReleaseNotes notes;
    private final Callers callers;

    public ReleaseNoteResource(ReleaseNotes notes, Callers callers) {
        this.notes = notes;
        this.callers = callers;
    }

    /** What the public check answers. */
    @Schema(name = "ReleaseNoteVerification")
    public record VerificationView(@Schema(example = "KT2-RN-2026-000123") String number,
                                   @Schema(description = "The note was issued by the platform and its signature is intact", example = "true") boolean genuine,
                                   @Schema(description = "The answer in the request's language", example = "Release note KT2-RN-2026-000123 is genuine: issued by the platform, its signature intact.") String text,
                                   Instant issuedAt, Instant clearedAt,
                                   @Schema(example = "305123456789") String customsDeclarationNumber,
                                   @Schema(example = "Cong ty TNHH Nong san Lao Cai") String declarant,
                                   @Schema(example = "Hekou Fruit Trading Co., Ltd.") String consignee,
                                   @Schema(description = "Booking code and plate of each vehicle", example = "[\"KT2-7XK4P9 24C-123.45\"]") List<String> vehicles,
                                   @Schema(example = "500000") long feeVnd,
                                   @Schema(example = "1C26TLC-00000042") String invoiceNumber,
                                   @Schema(example = "CN=Kim Thanh digital border gate platform,O=Kim Thanh border gate,C=VN") String signer,
                                   @Schema(example = "CN=Kim Thanh officers' development CA,O=Kim Thanh border gate,C=VN") String issuer,
                                   @Schema(description = "Why it is not genuine; absent when it is") String problem,
                                   @Schema(description = "SHA-256 of the note's PDF as issued, hex") String pdfSha256) {
        static VerificationView of(ReleaseNotes.Verification v) {
            ReleaseNote.Summary n = v.note();
            boolean genuine = v.signature().valid();
            String text = PlatformTexts.render(RequestLanguage.current(), genuine
                    ? Message.of("releaseNote.verification.genuine", "number", n.number())
                    : Message.of("releaseNote.verification.notGenuine", "number", n.number(), "problem", v.signature().problem()));
            return new VerificationView(n.number(), genuine, text, n.issuedAt(), n.clearedAt(), n.customsDeclarationNumber(), n.declarant(),
                    n.consignee(), Arrays.stream(n.vehicles().split(",\\s*")).filter(s -> !s.isBlank()).toList(), n.feeVnd(), n.invoiceNumber(),
                    v.signature().signer(), v.signature().issuer(), v.signature().problem(), v.pdfSha256());
        }
    }

    @GET
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER,
            Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "The release note of a cleared consignment", description = "The PDF the platform issued when the consignment "
            + "was cleared (issued now if that failed): consignment, vehicles, every agency's step and signed decision with its time "
            + "(Vietnam time), fee and e-invoice number, in Vietnamese, English and Chinese, with a QR code of the public verification "
            + "page; signed by the platform as a PAdES baseline B signature (ETSI.CAdES.detached). The same file every time. Roles "
            + "trader (their own declarations only) and every officer role.")
    @APIResponse(responseCode = "200", description = "The signed PDF, its number in the file name",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_PDF_BYTES)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours), or not cleared")
    public Response releaseNote(@Parameter(example = Examples.DECLARATION_ID) @PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        ReleaseNote note = notes.issue(callers.visible(id).id());
        return Response.ok(note.pdf(), PDF)
                .header("Content-Disposition", ContentDisposition.attachment(note.number() + ".pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + note.pdfSha256() + "\"")
                .build();
    }

    static final String VERIFICATION = """
            {"number": "KT2-RN-2026-000123", "genuine": true,
             "text": "Release note KT2-RN-2026-000123 is genuine: issued by the platform, its signature intact.",
             "issuedAt": "2026-06-15T03:12:00Z", "clearedAt": "2026-06-15T03:11:58.412Z", "customsDeclarationNumber": "305123456789",
             "declarant": "Cong ty TNHH Nong san Lao Cai", "consignee": "Hekou Fruit Trading Co., Ltd.", "vehicles": ["KT2-7XK4P9 24C-123.45"],
             "feeVnd": 500000, "invoiceNumber": "1C26TLC-00000042",
             "signer": "CN=Kim Thanh digital border gate platform,O=Kim Thanh border gate (development CA, not for production),C=VN",
             "issuer": "CN=Kim Thanh officers' development CA,O=Kim Thanh border gate (development CA, not for production),C=VN",
             "pdfSha256": "9f2c0c8a1d5e4b7f3a6c2e1d0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a"}""";
}
