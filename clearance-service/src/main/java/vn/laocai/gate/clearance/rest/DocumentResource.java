package vn.laocai.gate.clearance.rest;

import jakarta.validation.constraints.Size;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.validation.Bounds;
import jakarta.persistence.OptimisticLockException;
import org.eclipse.microprofile.faulttolerance.Retry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import vn.laocai.gate.support.problem.Text;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.laocai.gate.clearance.application.AttachDocument;
import vn.laocai.gate.clearance.application.DocumentService;
import vn.laocai.gate.clearance.domain.AttachedDocument;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DocumentType;
import vn.laocai.gate.clearance.domain.FileFormat;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Documents of a declaration: the trader uploads them; the trader and the agencies read them. */
@Path("/api/declarations/{id}/documents")
@Tag(name = "Documents", description = "Invoices, packing lists, certificates and codes attached to a declaration")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER,
        Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR})
public class DocumentResource {

    /** The largest file, as documented: the default of gate.clearance.documents.max-size-bytes, which the service enforces (413). */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final DocumentService documents;
    private final Callers callers;

    public DocumentResource(DocumentService documents, Callers callers) {
        this.documents = documents;
        this.callers = callers;
    }

    /** The multipart form of an upload, for the API documentation. */
    @Schema(name = "DocumentUpload")
    public static class UploadForm {
        @Schema(required = true, example = "PHYTOSANITARY_CERTIFICATE", maxLength = Bounds.CODE_WORD,
                enumeration = {"INVOICE", "PACKING_LIST", "CERTIFICATE_OF_ORIGIN", "PHYTOSANITARY_CERTIFICATE", "HEALTH_CERTIFICATE",
                        "PLANTING_AREA_CODE", "PACKING_HOUSE_CODE", "CONTRACT", "OTHER"})
        public String type;
        @Schema(required = true, description = "The number printed on the document, or the code itself", example = "VN-PHYTO-2026-118822",
                minLength = 1, maxLength = Bounds.TRADE_DOCUMENT_NUMBER)
        public String number;
        @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE_BYTES,
                description = "PDF, JPEG or PNG, at most 10 MB (maxLength in bytes), its file name at most "
                        + Bounds.FILE_NAME + " characters; not needed for PLANTING_AREA_CODE and PACKING_HOUSE_CODE")
        public String file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRADER)
    @Operation(summary = "Attach a document",
            description = "Role trader, for their own declaration. Multipart form with the document's type, its number and its file. The file's content must be what "
                    + "its part's Content-Type says (checked from its first bytes); its SHA-256 is recorded. The file name is "
                    + "stored without its path, control, format or quote characters, at most 120 characters, ending with its "
                    + "format's extension (invoice.html of a PDF is kept as invoice.html.pdf). Each document is "
                    + "a new version of the declaration, without restarting customs.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.DocumentView.class)))
    @APIResponse(responseCode = "200", description = "The same document was attached already (the type, number and content of the "
            + "last one of that type and number, as when a retry follows an answer that was lost): nothing attached again, "
            + "that document answered, its content's address in Content-Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Type or number missing or unknown, file missing or empty, content not of the declared type")
    @APIResponse(responseCode = "404", description = "No such declaration of yours")
    @APIResponse(responseCode = "409", description = "The consignment is already cleared or rejected")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "415", description = "The file is not PDF, JPEG or PNG")
    @Retry(retryOn = OptimisticLockException.class, maxRetries = ConcurrentChanges.RETRIES, delay = 50, jitter = 25)
    public Response attach(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id, @RestForm("type") @Size(max = Bounds.CODE_WORD) String type,
                           @RestForm("number") @Size(max = Bounds.TRADE_DOCUMENT_NUMBER) String number,
                           @RestForm("file") FileUpload file, UriInfo uri) {
        Text.checked("type", type);
        Text.checked("number", number);
        DocumentType documentType = documentType(type);
        if (number == null || number.isBlank()) {
            throw new InvalidValueException("number", "the number printed on the document (or the code), 1 to "
                    + Bounds.TRADE_DOCUMENT_NUMBER + " characters").saying("document-number", "max", Bounds.TRADE_DOCUMENT_NUMBER);
        }
        byte[] content = null;
        String fileName = null;
        String mediaType = null;
        if (file != null) {
            content = read(file);
            fileName = Text.checked("file", file.fileName());
            if (fileName != null && fileName.length() > Bounds.FILE_NAME) {
                throw new InvalidValueException("file", "its file name is longer than " + Bounds.FILE_NAME + " characters")
                        .saying("file-name", "max", Bounds.FILE_NAME);
            }
            mediaType = file.contentType();
        }
        DocumentService.Attachment attachment = documents.attach(Callers.uuid("id", id),
                new AttachDocument(callers.name(), documentType, number, fileName, mediaType, content));
        AttachedDocument document = attachment.document();
        java.net.URI location = uri.getAbsolutePathBuilder().path(document.documentId().toString()).path("content").build();
        return (attachment.attached() ? Response.created(location) : Response.ok().contentLocation(location))
                .entity(DeclarationView.DocumentView.of(document)).type(MediaType.APPLICATION_JSON).build();
    }

    private static DocumentType documentType(String type) {
        try {
            return DocumentType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("type", "'" + type + "' is not a document type; types are "
                    + Arrays.toString(DocumentType.values())).saying("not-a-document-type", "value", type,
                    "types", Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the documents", description = "Roles trader (their own declarations only) and every officer role.")
    @APIResponse(responseCode = "200", description = "The documents, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.DocumentView[].class)))
    @APIResponse(responseCode = "404", description = "No such declaration (or not yours)")
    public List<DeclarationView.DocumentView> listDocuments(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        return callers.visible(id).documents().attached().stream().map(DeclarationView.DocumentView::of).toList();
    }

    @GET
    @Path("{documentId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", FileFormat.UNKNOWN_MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "Download a document",
            description = "The file as uploaded, its SHA-256 in the ETag, always as an attachment (Content-Disposition with the "
                    + "stored name, RFC 6266) and with X-Content-Type-Options: nosniff. The Content-Type is the recorded one "
                    + "when the content is still of that format, else application/octet-stream. Roles trader (their own "
                    + "declarations only) and every officer role.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png"),
                    @Content(mediaType = FileFormat.UNKNOWN_MEDIA_TYPE)})
    @APIResponse(responseCode = "404", description = "No such declaration or document (or not yours), or a code without a file")
    public Response download(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id, @PathParam("documentId") @Size(max = Bounds.UUID_LENGTH) String documentId) {
        Declaration declaration = callers.visible(id);
        DocumentService.DocumentFile file = documents.document(declaration.id(), Callers.uuid("documentId", documentId))
                .orElseThrow(() -> new NotFoundException("Document", documentId));
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + file.sha256() + "\"")
                .build();
    }
}
