package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.GaccCodes;
import vn.laocai.gate.clearance.domain.GaccCodeList;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.security.Roles;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/** The registry of GACC-approved planting-area and packing-house codes: the version in force, and an officer's upload of a new one. */
@Path("/api/gacc-codes")
@Tag(name = "GACC codes", description = "Planting-area and packing-house codes approved by China's customs (GACC)")
@SecurityRequirement(name = "jwt")
public class GaccCodeResource {

    static final String CSV = "text/csv";
    /** A list of every registered Vietnamese planting area and packing house is a few thousand lines. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final String FILE_EXAMPLE = """
            # version: VN-2026-12-01
            # published: 2026-12-01
            # source: GACC list of registered Vietnamese planting areas and packing houses, as relayed by the Plant Protection Department
            kind,code,name,province,product,status
            PLANTING_AREA,VN-LCA-0101,Vung trong chuoi Bao Thang 01,Lao Cai,banana,ACTIVE
            PACKING_HOUSE,VN-LCPH-0012,Co so dong goi Kim Thanh 12,Lao Cai,banana;dragon fruit,ACTIVE
            """;
    static final String LIST_EXAMPLE = """
            {"version": "VN-2026-11-20-SAMPLE", "publishedOn": "2026-11-20", "source": "SAMPLE, not GACC's list: ...", "sample": true,
             "sha256": "3f1c9a0e5b7d4c2a8e6f0b1d3c5a7e9f2b4d6c8a0e1f3b5d7c9a2e4f6b8d0c1a", "codes": 14,
             "importedBy": "platform (bundled file)", "importedAt": "2026-12-03T08:00:00Z"}""";

    private final GaccCodes codes;
    private final Callers callers;

    public GaccCodeResource(GaccCodes codes, Callers callers) {
        this.codes = codes;
        this.callers = callers;
    }

    @GET
    @Path("current")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER,
            Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "The GACC code list in force", description = "Roles trader and every officer role. The version imported "
            + "last: its version, publication date, source, whether it is a sample, the SHA-256 of its file, how many codes, who "
            + "imported it and when. A declaration's planting-area and packing-house codes are checked against it.")
    @APIResponse(responseCode = "200", description = "The list in force", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListView.class), examples = @ExampleObject(name = "the bundled sample", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No list imported yet")
    public ListView current() {
        return codes.current().map(ListView::of).orElseThrow(() -> new NotFoundException("GACC code list", "current"));
    }

    @POST
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.QUARANTINE_OFFICER)
    @Operation(summary = "Upload a new version of the GACC code list", description = "Role quarantine-officer. The file as published, "
            + "UTF-8: lines '# version: ...', '# published: YYYY-MM-DD', '# source: ...' (and '# sample: true' for a sample), then the "
            + "header 'kind,code,name,province,product,status' and one code a line (kind PLANTING_AREA or PACKING_HOUSE, status ACTIVE "
            + "or SUSPENDED). Imported whole or refused (400 naming file and the line); in force from now on. A version imported "
            + "already is a 409 naming version.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = MAX_FILE_BYTES),
            examples = @ExampleObject(name = "a new list", value = FILE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Imported and in force", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListView.class)))
    @APIResponse(responseCode = "409", description = "That version was imported already")
    public Response upload(@NotNull @Size(max = MAX_FILE_BYTES) byte[] file) {
        GaccCodeList list = codes.upload(file, callers.name());
        return Response.created(URI.create("/api/gacc-codes/current")).entity(ListView.of(list)).build();
    }

    @Schema(name = "GaccCodeList")
    record ListView(String version, LocalDate publishedOn, String source,
                    @Schema(description = "A sample made for development, not GACC's list") boolean sample,
                    @Schema(description = "SHA-256 of the file imported") String sha256,
                    @Schema(description = "How many codes it lists") int codes, String importedBy, Instant importedAt) {

        static ListView of(GaccCodeList l) {
            return new ListView(l.version(), l.publishedOn(), l.source(), l.sample(), l.sha256(), l.codeCount(), l.importedBy(),
                    l.importedAt());
        }
    }
}
