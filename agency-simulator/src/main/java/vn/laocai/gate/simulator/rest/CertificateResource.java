package vn.laocai.gate.simulator.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.simulator.issuing.CertificatePdfs;

/** Signed certificates for test data: what a trader receives from the issuing agency and uploads to clearance. */
@Path("/issuers/v1/certificates")
@Tag(name = "Issuing agencies (simulated)")
public class CertificateResource {

    private final CertificatePdfs certificates;

    public CertificateResource(CertificatePdfs certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("/{type}/{number}")
    @Produces("application/pdf")
    @Operation(summary = "Issue a signed certificate", description = "A one-page PDF of an e-C/O (CERTIFICATE_OF_ORIGIN), an "
            + "e-Phyto (PHYTOSANITARY_CERTIFICATE) or a HEALTH_CERTIFICATE with that number, signed by the agency's certificate "
            + "from the simulated issuers' CA (the CA clearance-service's trust list names in the local stack).")
    @APIResponse(responseCode = "200", description = "The signed PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Not a kind of certificate the simulator issues")
    public Response issue(@PathParam("type") String type, @PathParam("number") String number,
                          @QueryParam("exporter") @DefaultValue("Cong ty TNHH Nong san Lao Cai") String exporter,
                          @QueryParam("goods") @DefaultValue("Fresh durian, HS 0810.60") String goods) {
        CertificatePdfs.Kind kind;
        try {
            kind = CertificatePdfs.Kind.of(type);
        } catch (IllegalArgumentException e) {
            return Response.status(404).build();
        }
        if (number.length() > 64 || exporter.length() > 200 || goods.length() > 200) {
            return Response.status(400).build();
        }
        return Response.ok(certificates.issue(kind, number, exporter, goods), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"").build();
    }
}
